namespace Chronicle.Entities.Recognition;

/// <summary>
/// Document-wide evidence about words: whether a word is written capitalized inside sentences or in lower
/// case elsewhere in the article (telling proper nouns from capitalized common words at the start of a
/// sentence or in an all-caps headline), and which type the tagger gave the same word before.
/// </summary>
public sealed class DocumentEvidence
{
    private readonly HashSet<string> _capitalizedInside = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowercase;
    private readonly Dictionary<string, int[]> _history = new(StringComparer.Ordinal);

    /// <param name="lowercase">The lower case of every word the sentences write in lower case, when the caller has it (see <see cref="Truecaser.Apply"/>).</param>
    public DocumentEvidence(IEnumerable<TokenView[]> sentences, HashSet<string>? lowercase = null)
    {
        _lowercase = lowercase ?? new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            bool shouting = IsAllCaps(sentence);
            for (int i = 0; i < sentence.Length; i++)
            {
                var t = sentence[i];
                if (t.Form.Length == 0 || !char.IsLetter(t.Form[0])) continue;
                if (char.IsLower(t.Form[0])) { if (lowercase is null) _lowercase.Add(t.Lower); }
                else if (i > 0 && !shouting && !AfterOpening(sentence, i)) _capitalizedInside.Add(t.Lower);
            }
        }
    }

    public bool CapitalizedInside(string lower) => _capitalizedInside.Contains(lower);
    public bool Lowercase(string lower) => _lowercase.Contains(lower);

    /// <summary>The type (0..3) most often given to this word earlier in the document, else -1 (-2 if mostly O).</summary>
    public int PreviousType(string form)
    {
        if (!_history.TryGetValue(form, out var counts)) return -1;
        int best = -2, bestCount = counts[4];
        for (int t = 0; t < 4; t++) if (counts[t] > bestCount) { best = t; bestCount = counts[t]; }
        return best;
    }

    public void Record(string form, int label)
    {
        if (form.Length == 0 || !char.IsUpper(form[0])) return;
        if (!_history.TryGetValue(form, out var counts)) _history[form] = counts = new int[5];
        int type = Labels.TypeOf(label);
        counts[type < 0 ? 4 : type]++;
    }

    /// <summary>At least four letters, none of them lower case (a headline or a wire dateline in capitals).</summary>
    public static bool IsAllCaps(TokenView[] sentence)
    {
        int letters = 0;
        foreach (var t in sentence)
            foreach (char c in t.Form)
            {
                if (!char.IsLetter(c)) continue;
                if (!char.IsUpper(c)) return false;
                letters++;
            }
        return letters >= 4;
    }

    private static bool AfterOpening(TokenView[] sentence, int i) => sentence[i - 1].Form is "\"" or "'" or "(" or "-" or "--" or ":" or "—";
}
