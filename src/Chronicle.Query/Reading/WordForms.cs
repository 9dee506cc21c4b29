using System.Collections.Concurrent;

namespace Chronicle.Query.Reading;

/// <summary>How a word form places its predicate in time, apart from which predicate it is.</summary>
public enum FormTense { Other, Past, Participle }

/// <summary>
/// Which predicate a word names, kept apart from its tense: "delivered", "delivery" and "deliveries" name one
/// predicate (deliver), "flew", "flown" and "flight" another (fly), "agreement" and "agreed" a third. A claim's word
/// finds a page's word when the two share a predicate key; the tense a form carries ("flew" past, "flown"
/// participle) is told separately (<see cref="TenseOf"/>), so that joining "purchase" and "purchased" does not make a
/// report of a deal done read as a plan, nor a plan as a deal done.
/// <para>
/// Keys come from irregular verbs (<c>word_forms.irregular</c> in reading.json: base, past, participle, then nouns
/// of the same predicate) and from suffix rules for regular inflection and nominalization (-ment, -ion, -al, -ery,
/// -ure, -ance, -ence). A key is a comparison form, not a dictionary word: both sides go through the same rules.
/// </para>
/// </summary>
public sealed class WordForms
{
    private readonly Dictionary<string, (string Base, FormTense Tense)> _irregular = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _keys = new(StringComparer.Ordinal);
    private const int CacheLimit = 200_000;

    /// <summary>Each entry: base, past, participle (one or more forms each, "a|b"), then nouns of the same predicate.</summary>
    public WordForms(IEnumerable<IReadOnlyList<string>> irregular)
    {
        foreach (var entry in irregular)
        {
            if (entry.Count < 3) continue;
            string key = Normalize(Words.Fold(entry[0]));
            for (int i = 0; i < entry.Count; i++)
                foreach (var form in entry[i].Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    var tense = i == 1 ? FormTense.Past : i == 2 ? FormTense.Participle : FormTense.Other;
                    // A form that is both past and participle ("bought") is told as past: the finite use is the commoner.
                    if (_irregular.TryGetValue(Words.Fold(form), out var known) && known.Tense == FormTense.Past) continue;
                    _irregular[Words.Fold(form)] = (key, tense);
                }
        }
    }

    /// <summary>Whether two words name the same predicate.</summary>
    public bool Share(string a, string b) => Names(Keys(a), b);

    /// <summary>Whether a word names the predicate of these keys (a claim term's, computed once).</summary>
    public bool Names(string[] keys, string word)
    {
        if (keys.Length == 0 || word.Length < 3) return false;
        var own = Keys(word);
        foreach (var k in keys)
            if (Array.IndexOf(own, k) >= 0) return true;
        return false;
    }

    /// <summary>The tense the form carries: an irregular past ("flew") or participle ("flown"), a regular "-ed" as past.</summary>
    public FormTense TenseOf(string word)
    {
        string w = Words.Fold(word);
        if (_irregular.TryGetValue(w, out var known)) return known.Tense;
        return w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) ? FormTense.Past : FormTense.Other;
    }

    /// <summary>The predicate keys of a word: one for an irregular form, else every key the suffix rules give.</summary>
    public string[] Keys(string word)
    {
        if (_keys.TryGetValue(word, out var cached)) return cached;
        var keys = KeysOf(Words.Fold(word));
        if (_keys.Count < CacheLimit) _keys.TryAdd(word, keys);
        return keys;
    }

    private string[] KeysOf(string w)
    {
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        if (_irregular.TryGetValue(w, out var known)) return [known.Base];
        // Regular inflection as the reader's stemmer strips it; an inflected irregular noun or verb ("flights", "sales").
        string stem = Words.Stem(w);
        if (_irregular.TryGetValue(stem, out var irregular)) return [irregular.Base];
        return Nominalized(stem).Prepend(stem).Select(Normalize).Where(k => k.Length >= 3).Distinct().ToArray();
    }

    /// <summary>The verb a noun of the act is made from: "agreement" → agree, "compensation" → compensat(e), "delivery" → deliver, "removal" → remov(e).</summary>
    private static IEnumerable<string> Nominalized(string w)
    {
        if (w.Length > 7 && w.EndsWith("ment", StringComparison.Ordinal)) yield return w[..^4];
        if (w.Length > 6 && (w.EndsWith("tion", StringComparison.Ordinal) || w.EndsWith("sion", StringComparison.Ordinal)))
        {
            yield return w[..^3];
            if (w.EndsWith("ation", StringComparison.Ordinal)) yield return w[..^5];
        }
        // "removal", "dismissal", "withdrawal", "denial", "trial"; not "legal", "national", "capital".
        if (w.Length > 5 && w.EndsWith("al", StringComparison.Ordinal) && w[^3] is 'v' or 's' or 'w' or 'i') yield return w[..^2];
        if (w.Length > 6 && w.EndsWith("ery", StringComparison.Ordinal)) yield return w[..^1];
        if (w.Length > 7 && w.EndsWith("ure", StringComparison.Ordinal)) yield return w[..^3];
        if (w.Length > 7 && (w.EndsWith("ance", StringComparison.Ordinal) || w.EndsWith("ence", StringComparison.Ordinal))) yield return w[..^4];
    }

    /// <summary>One comparison form for spellings that differ by inflection: no final "e", no doubled final consonant, "i" as "y".</summary>
    private static string Normalize(string w)
    {
        // "agree" and "agre(ed)" alike.
        while (w.Length > 3 && w[^1] == 'e') w = w[..^1];
        if (w.Length > 3 && w[^1] == w[^2] && !"aeiou".Contains(w[^1])) w = w[..^1];
        if (w.Length > 2 && w[^1] == 'i') w = w[..^1] + "y";
        return w;
    }
}
