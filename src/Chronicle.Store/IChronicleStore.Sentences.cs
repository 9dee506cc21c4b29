using System.Data.Common;
using Chronicle.Domain.Entities;

namespace Chronicle.Store;

public partial interface IChronicleStore
{
    /// <summary>
    /// The sentences, in documents published on or before the date, that mention any of the entities (by stored
    /// entity key), oldest document first, each with every entity mention it holds. This is what the claim
    /// reader reads: the resolved entity, not a string. With <paramref name="publishedOnOrAfter"/>, only documents
    /// published in [publishedOnOrAfter, publishedOnOrBefore].
    /// </summary>
    IReadOnlyList<MentionedSentence> SentencesMentioning(IReadOnlyCollection<long> entityKeys, DateOnly? publishedOnOrBefore, DateOnly? publishedOnOrAfter = null);

    /// <summary>
    /// The sentences around the entities in the documents, published on or before the date, that mention any of
    /// <paramref name="entityKeys"/>: each sentence that mentions one of them or of <paramref name="contextKeys"/>
    /// (places named beside them), and the <paramref name="following"/> sentences after it, where "he" or "his
    /// successor" goes on about the entity without naming it. This is what the claim reader reads: the part of each
    /// article that can bear on the claim, so its cost grows with the mentions, not with the articles' length.
    /// With <paramref name="publishedOnOrAfter"/>, only the documents published in [publishedOnOrAfter,
    /// publishedOnOrBefore], found by date first: a window of recent days costs what its documents hold, not what
    /// the whole archive says of the entities (the reader reads newest first and stops once the verdict is settled).
    /// </summary>
    IReadOnlyList<MentionedSentence> SentencesAround(IReadOnlyCollection<long> entityKeys, IReadOnlyCollection<long> contextKeys, DateOnly? publishedOnOrBefore, int following,
        DateOnly? publishedOnOrAfter = null);
}

/// <summary>One stored sentence with its document's id and date, and the entity mentions inside it (offsets relative to the sentence).</summary>
public sealed record MentionedSentence(string DocumentId, DateOnly Date, int SentenceIndex, string Text, IReadOnlyList<SentenceMention> Mentions);

/// <summary>An entity mention inside a sentence: the stored entity, its type, and where it stands in the sentence text.</summary>
public sealed record SentenceMention(long EntityKey, EntityType Type, int Start, int End, string Text);

/// <summary>
/// Reads the rows both backends return for <see cref="IChronicleStore.SentencesMentioning"/> and
/// <see cref="IChronicleStore.SentencesAround"/>, in two queries so that a sentence's text is read once, not once per
/// mention: first the sentences (document id, date (text or date), sentence index, text, start offset, sentence key),
/// in answer order; then their mentions (sentence key, entity key, type, start, end, text), in sentence order.
/// </summary>
public sealed class MentionedSentenceRows
{
    private readonly List<MentionedSentence> _sentences = [];
    private readonly Dictionary<long, (int Start, List<SentenceMention> Mentions)> _byKey = [];

    /// <summary>The keys of the sentences read, for the query of their mentions.</summary>
    public IReadOnlyCollection<long> Keys => _byKey.Keys;

    public static MentionedSentenceRows ReadSentences(DbDataReader reader)
    {
        var rows = new MentionedSentenceRows();
        while (reader.Read())
        {
            var mentions = new List<SentenceMention>();
            rows._byKey[reader.GetInt64(5)] = (reader.GetInt32(4), mentions);
            rows._sentences.Add(new MentionedSentence(reader.GetString(0), StoredValues.Day(reader, 1), reader.GetInt32(2), reader.GetString(3), mentions));
        }
        return rows;
    }

    /// <summary>Adds the mention rows to their sentences (offsets made relative to the sentence) and returns the sentences.</summary>
    public List<MentionedSentence> WithMentions(DbDataReader reader)
    {
        while (reader.Read())
        {
            var (start, mentions) = _byKey[reader.GetInt64(0)];
            mentions.Add(new SentenceMention(reader.GetInt64(1), StoredValues.ParseType(reader.GetString(2)),
                reader.GetInt32(3) - start, reader.GetInt32(4) - start, reader.GetString(5)));
        }
        return _sentences;
    }
}
