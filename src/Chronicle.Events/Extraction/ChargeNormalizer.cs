using Chronicle.Events.Ontology;
using Chronicle.Events.Names;

namespace Chronicle.Events.Extraction;

/// <summary>
/// Charges as comparable phrases: "two counts of involuntary manslaughter" → "involuntary manslaughter",
/// "the firearm enhancement charge" → "firearm enhancement"; "the current charges" → "" (all charges).
/// </summary>
public static class ChargeNormalizer
{
    public static List<string> Split(Lexicon lexicon, string raw)
    {
        var result = new List<string>();
        foreach (var part in raw.Replace(" or ", " and ", StringComparison.OrdinalIgnoreCase).Split(" and ", StringSplitOptions.RemoveEmptyEntries))
        {
            string normalized = Normalize(lexicon, part);
            if (normalized.Length > 0 && !result.Contains(normalized)) result.Add(normalized);
        }
        return result;
    }

    public static string Normalize(Lexicon lexicon, string phrase)
    {
        var words = Words(phrase);
        // "one count of X", "charges of X", "a charge of X": keep what follows "of".
        int of = words.LastIndexOf("of");
        if (of > 0 && words.Take(of).All(w => lexicon.GenericObjectWords.Contains(w) || IsQuantity(w))) words = words.Skip(of + 1).ToList();
        while (words.Count > 0 && (lexicon.GenericObjectWords.Contains(words[0]) || IsQuantity(words[0]) || words[0] is "his" or "her" or "own" or "additional" or "separate" or "possible" or "potential"))
            words.RemoveAt(0);
        while (words.Count > 0 && lexicon.GenericObjectWords.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        if (words.Count > 0 && words[^1] is "trial" or "trials") words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    public static string Sentence(string raw) => string.Join(' ', Words(raw).SkipWhile(w => w is "a" or "an" or "the" or "up" or "to"));

    private static List<string> Words(string phrase) =>
        phrase.ToLowerInvariant().Split([' ', ',', '"', '“', '”', '(', ')', '‘', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\'')).Where(w => w.Length > 0).ToList();

    private static bool IsQuantity(string w) => w.All(char.IsDigit) || w is "one" or "two" or "three" or "four" or "five" or "six" or "multiple" or "several" or "count" or "counts";

    /// <summary>How well a claimed charge matches a stated one: 1 for the same words, less for partial overlap, 0 for none.</summary>
    public static double Similarity(string? claimed, string? stated)
    {
        if (string.IsNullOrEmpty(claimed) || string.IsNullOrEmpty(stated)) return 0.5;
        var a = Content(claimed);
        var b = Content(stated);
        if (a.Count == 0 || b.Count == 0) return 0.5;
        int shared = a.Count(b.Contains);
        if (shared == 0) return 0;
        return (double)shared / Math.Max(a.Count, Math.Min(b.Count, a.Count + 2));
    }

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "with", "for", "in", "on", "and", "or", "to", "charge", "charges", "count", "counts", "carrying", "carries", "that",
    };

    private static List<string> Content(string phrase) =>
        Words(phrase).SelectMany(w => w.Split('-')).Where(w => !Filler.Contains(w)).Select(Stem).Distinct().ToList();

    private static string Stem(string w) => w.Length > 4 && w.EndsWith('s') ? w[..^1] : w;
}
