namespace Chronicle.Entities.Recognition;

/// <summary>
/// Headlines In Title Case capitalize every word, which the tagger (trained on Reuters, whose headlines
/// are in capitals) reads as a run of names. In such a sentence a word goes back to lower case when the
/// article writes it in lower case elsewhere, or when it is a function word, and keeps its capital
/// otherwise ("Alec Baldwin Dropped" → "Alec Baldwin dropped").
/// </summary>
public static class Truecaser
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "into", "over",
        "after", "before", "about", "against", "amid", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "can", "could", "not", "no", "his", "her", "its", "their", "he", "she", "it", "they", "we", "you", "who", "what", "that", "this",
        "up", "out", "off", "down", "says", "said", "than", "then", "new", "more", "how", "why", "when", "may", "all", "found",
    };

    /// <summary>Lowers the words of Title Case sentences in place; returns the words written in lower case afterwards (by their lower case).</summary>
    public static HashSet<string> Apply(List<TokenView[]> sentences)
    {
        var lowercase = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var t in s)
                if (t.Form.Length > 0 && char.IsLower(t.Form[0])) lowercase.Add(t.Lower);
        var lowered = new List<string>();
        for (int i = 0; i < sentences.Count; i++)
        {
            if (!IsTitleCase(sentences[i])) continue;
            sentences[i] = sentences[i].Select((t, k) =>
            {
                if (k == 0 || !t.Capitalized || !lowercase.Contains(t.Lower) && !FunctionWords.Contains(t.Lower)) return t;
                lowered.Add(t.Lower);
                return t.WithForm(t.Lower);
            }).ToArray();
        }
        // Added after every sentence is done, so that a function word lowered in one headline does not lower it in the next.
        lowercase.UnionWith(lowered);
        return lowercase;
    }

    /// <summary>Most words capitalized, including at least one function word past the first.</summary>
    public static bool IsTitleCase(TokenView[] s)
    {
        int words = 0, capitalized = 0, capitalizedFunction = 0, upper = 0;
        for (int k = 0; k < s.Length; k++)
        {
            var t = s[k];
            if (t.Form.Length == 0 || !char.IsLetter(t.Form[0])) continue;
            words++;
            if (!char.IsUpper(t.Form[0])) continue;
            capitalized++;
            if (t.Form.All(c => !char.IsLetter(c) || char.IsUpper(c))) upper++;
            if (k > 0 && FunctionWords.Contains(t.Lower)) capitalizedFunction++;
        }
        return words >= 3 && capitalizedFunction > 0 && capitalized * 10 >= words * 8 && upper * 2 < words;
    }
}
