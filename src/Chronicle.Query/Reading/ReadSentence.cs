using Chronicle.Domain.Entities;
using Chronicle.Store;

namespace Chronicle.Query.Reading;

/// <summary>What a sentence says of the claim's state: holds now, taken now, only to come, ended, negated.</summary>
public enum Stance { Holds, Starts, Future, Ended, Negated }

/// <summary>A stored sentence split into words, with each entity mention placed on its words.</summary>
public sealed class ReadSentence
{
    public MentionedSentence Source { get; }
    public Word[] Words { get; }
    /// <summary>Entity mentions as word ranges [From, To).</summary>
    public IReadOnlyList<(long Key, EntityType Type, int From, int To)> Mentions => _mentions;
    private readonly List<(long Key, EntityType Type, int From, int To)> _mentions;

    public ReadSentence(MentionedSentence source)
    {
        Source = source;
        Words = Reading.Words.Split(source.Text);
        var mentions = new List<(long, EntityType, int, int)>();
        foreach (var m in source.Mentions)
        {
            int from = Array.FindIndex(Words, w => w.End > m.Start);
            int to = Array.FindLastIndex(Words, w => w.Start < m.End) + 1;
            if (from >= 0 && to > from) mentions.Add((m.EntityKey, m.Type, from, to));
        }
        _mentions = mentions;
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "his", "her", "him" };

    /// <summary>
    /// A sentence that names no person but says "he" or "she" right after a sentence that named one person only
    /// speaks of that person: the pronoun becomes a mention of them (the reader's one step of coreference).
    /// </summary>
    public static void ResolvePronouns(IReadOnlyList<ReadSentence> document)
    {
        for (int i = 1; i < document.Count; i++)
        {
            var s = document[i];
            // Only the sentence right before: the reader skips sentences far from the claim's entities.
            if (s.Mentions.Any(m => m.Type == EntityType.Person) || document[i - 1].Source.SentenceIndex != s.Source.SentenceIndex - 1) continue;
            var previous = document[i - 1].Mentions.Where(m => m.Type == EntityType.Person).Select(m => m.Key).Distinct().ToList();
            if (previous.Count != 1) continue;
            for (int at = 0; at < s.Words.Length; at++)
                if (Pronouns.Contains(s.Words[at].Stem)) s._mentions.Add((previous[0], EntityType.Person, at, at + 1));
        }
    }

    /// <summary>
    /// Gives the entities the type the claim's structure says they have ("X is the chief executive of Y": X a person,
    /// Y an organization), where the store typed a name otherwise (an unfamiliar given name read as a company).
    /// </summary>
    public void Retype(IReadOnlyCollection<long> keys, EntityType type, EntityType? onlyFrom = null)
    {
        for (int i = 0; i < _mentions.Count; i++)
            if (keys.Contains(_mentions[i].Key) && _mentions[i].Type != type && (onlyFrom is null || _mentions[i].Type == onlyFrom))
                _mentions[i] = _mentions[i] with { Type = type };
    }

    public DateOnly Date => Source.Date;

    public bool Names(IReadOnlyList<long> keys) => Mentions.Any(m => keys.Contains(m.Key));

    /// <summary>Word ranges where any of the entities is mentioned.</summary>
    public IEnumerable<(int From, int To)> Spans(IReadOnlyList<long> keys) => Mentions.Where(m => keys.Contains(m.Key)).Select(m => (m.From, m.To));

    /// <summary>Whether the sentence's words contain a name the store did not resolve: all its words in order, or its initials ("SNP").</summary>
    public bool ContainsName(string name) => FindName(name) >= 0;

    public int FindName(string name)
    {
        var stems = Reading.Words.Stems(name).Where(s => s != "'s").ToArray();
        if (stems.Length == 0) return -1;
        for (int i = 0; i < Words.Length; i++)
            if (Reading.Words.At(Words, i, stems)) return i;
        // An acronym: the initials of a capitalized run ("Scottish National Party" for "SNP").
        if (name.Length is >= 2 and <= 6 && name.All(char.IsUpper))
        {
            for (int i = 0; i + name.Length <= Words.Length; i++)
            {
                int k = 0, j = i;
                while (k < name.Length && j < Words.Length)
                {
                    if (Words[j].Stem is "of" or "and" or "the" or "for") { j++; continue; }
                    if (!Words[j].Capitalized || char.ToUpperInvariant(Words[j].Text[0]) != name[k]) break;
                    k++; j++;
                }
                if (k == name.Length) return i;
            }
        }
        return -1;
    }

    /// <summary>The person mentioned in [from, to) nearest to <paramref name="near"/>, if any.</summary>
    public (long Key, int From, int To)? PersonIn(int from, int to, int near)
    {
        (long, int, int)? best = null;
        int bestDistance = int.MaxValue;
        foreach (var m in Mentions)
        {
            if (m.Type != EntityType.Person || m.To <= from || m.To > to) continue;
            int distance = Math.Min(Math.Abs(m.From - near), Math.Abs(m.To - near));
            if (distance < bestDistance) { best = (m.Key, m.From, m.To); bestDistance = distance; }
        }
        return best;
    }

    public bool AnyPersonIn(int from, int to, long except) =>
        Mentions.Any(m => m.Type == EntityType.Person && m.Key != except && m.From >= from && m.To <= to);

    /// <summary>The clause around a word: up to the nearest ';', ':' or sentence end, and not past a quoted or bracketed break.</summary>
    public (int From, int To) Clause(int at)
    {
        int from = at, to = at;
        while (from > 0 && Words[from - 1].Text is not (";" or ":" or "\"" or "(" or ")")) from--;
        while (to < Words.Length && Words[to].Text is not (";" or ":" or "\"" or "(" or ")")) to++;
        return (from, to);
    }
}
