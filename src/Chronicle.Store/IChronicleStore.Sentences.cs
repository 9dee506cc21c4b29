using System.Data.Common;
using Chronicle.Domain.Entities;

namespace Chronicle.Store;

public partial interface IChronicleStore
{
    /// <summary>
    /// The sentences, in documents published on or before the date, that mention any of the entities (by stored
    /// entity key), oldest document first, each with every entity mention it holds. This is what the claim
    /// reader reads: the resolved entity, not a string.
    /// </summary>
    IReadOnlyList<MentionedSentence> SentencesMentioning(IReadOnlyCollection<long> entityKeys, DateOnly? publishedOnOrBefore);

    /// <summary>
    /// The sentences around the entities in the documents, published on or before the date, that mention any of
    /// <paramref name="entityKeys"/>: each sentence that mentions one of them or of <paramref name="contextKeys"/>
    /// (places named beside them), and the <paramref name="following"/> sentences after it, where "he" or "his
    /// successor" goes on about the entity without naming it. This is what the claim reader reads: the part of each
    /// article that can bear on the claim, so its cost grows with the mentions, not with the articles' length.
    /// </summary>
    IReadOnlyList<MentionedSentence> SentencesAround(IReadOnlyCollection<long> entityKeys, IReadOnlyCollection<long> contextKeys, DateOnly? publishedOnOrBefore, int following);
}

/// <summary>One stored sentence with its document's id and date, and the entity mentions inside it (offsets relative to the sentence).</summary>
public sealed record MentionedSentence(string DocumentId, DateOnly Date, int SentenceIndex, string Text, IReadOnlyList<SentenceMention> Mentions);

/// <summary>An entity mention inside a sentence: the stored entity, its type, and where it stands in the sentence text.</summary>
public sealed record SentenceMention(long EntityKey, EntityType Type, int Start, int End, string Text);

/// <summary>
/// Reads the rows both backends return for <see cref="IChronicleStore.SentencesMentioning"/>: document id, date
/// (text or date), sentence index, text, start offset, sentence key, then one mention per row (entity key, type,
/// start, end, text; all null for a sentence without mentions), ordered by sentence.
/// </summary>
public static class MentionedSentenceRows
{
    public static List<MentionedSentence> Read(DbDataReader reader)
    {
        var sentences = new List<MentionedSentence>();
        List<SentenceMention>? mentions = null;
        long currentKey = -1;
        while (reader.Read())
        {
            long sentenceKey = reader.GetInt64(5);
            int sentenceStart = reader.GetInt32(4);
            if (sentenceKey != currentKey)
            {
                currentKey = sentenceKey;
                mentions = [];
                sentences.Add(new MentionedSentence(reader.GetString(0), StoredValues.Day(reader, 1), reader.GetInt32(2), reader.GetString(3), mentions));
            }
            if (!reader.IsDBNull(6))
                mentions!.Add(new SentenceMention(reader.GetInt64(6), StoredValues.ParseType(reader.GetString(7)),
                    reader.GetInt32(8) - sentenceStart, reader.GetInt32(9) - sentenceStart, reader.GetString(10)));
        }
        return sentences;
    }
}
