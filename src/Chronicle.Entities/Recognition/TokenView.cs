using System.Text;

namespace Chronicle.Entities.Recognition;

/// <summary>What the features need of one token, computed once: normalized forms, shapes and list matches.</summary>
public sealed class TokenView
{
    public required NameToken Token { get; init; }
    public required string Form { get; init; }
    public required string Lower { get; init; }
    public required string Shape { get; init; }
    public required string ShortShape { get; init; }
    public bool Capitalized => Form.Length > 0 && char.IsUpper(Form[0]);

    /// <summary>
    /// Written in lower-case letters with no capital or digit among them ("said", "co-star"), or without any letter
    /// (",", "2021", "$"; not "&amp;"), and not put in lower case by the <see cref="Truecaser"/>: a token that
    /// rarely starts a name.
    /// </summary>
    public bool IsPlainWord => (LowerLettersOnly || NoLetters) && ReferenceEquals(Form, Token.Text);

    /// <summary>Punctuation, numbers and symbols, but not the '&amp;' that joins names ("AT &amp; T", "Procter &amp; Gamble").</summary>
    private bool NoLetters => Shape.AsSpan().IndexOfAny('X', 'x') < 0 && !Form.Contains('&');

    /// <summary>The form has a lower-case letter and no capital or digit.</summary>
    public bool LowerLettersOnly { get; private init; }
    public List<string>? Lists { get; init; }

    /// <summary>The same token read as if written <paramref name="form"/> (used to undo Title Case); offsets are unchanged.</summary>
    public TokenView WithForm(string form) => new()
    {
        Token = Token, Form = form, Lower = form.ToLowerInvariant(), Shape = ShapeOf(form, false), ShortShape = ShapeOf(form, true), Lists = Lists,
        LowerLettersOnly = HasOnlyLowerLetters(form),
    };

    public static TokenView[] Of(IReadOnlyList<NameToken> tokens, Gazetteer gazetteer)
    {
        var forms = new string[tokens.Count];
        for (int i = 0; i < forms.Length; i++) forms[i] = Normalize(tokens[i].Text);
        var lists = gazetteer.Match(MatchForms(forms, gazetteer));
        var known = KnownForms;
        var views = new TokenView[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!known.TryGetValue(forms[i], out var derived))
            {
                if (known.Count >= MaxKnownForms) known.Clear();
                known[forms[i]] = derived = (forms[i].ToLowerInvariant(), ShapeOf(forms[i], collapse: false), ShapeOf(forms[i], collapse: true), HasOnlyLowerLetters(forms[i]));
            }
            views[i] = new TokenView
            {
                Token = tokens[i],
                Form = forms[i],
                Lower = derived.Lower,
                Shape = derived.Shape,
                ShortShape = derived.ShortShape,
                Lists = lists[i],
                LowerLettersOnly = derived.LowerLettersOnly,
            };
        }
        return views;
    }

    /// <summary>
    /// The forms the lists are matched on: a word in capitals ("JAPAN", "UNITED ARAB EMIRATES" in a headline or a
    /// table) is matched as a capitalized word ("Japan", "Al-Ain"), unless a listed name starts with it as written
    /// ("USA"), so that list evidence does not depend on case. The tagger weighs such a match by the word's shape.
    /// </summary>
    private static string[] MatchForms(string[] forms, Gazetteer gazetteer)
    {
        string[]? matched = null;
        for (int i = 0; i < forms.Length; i++)
        {
            string form = forms[i];
            if (form.Length < 3 || !IsCapitals(form) || gazetteer.StartsName(form)) continue;
            matched ??= (string[])forms.Clone();
            matched[i] = string.Create(form.Length, form, static (span, f) =>
            {
                span[0] = f[0];
                for (int k = 1; k < f.Length; k++) span[k] = f[k - 1] == '-' ? f[k] : char.ToLowerInvariant(f[k]);
            });
        }
        return matched ?? forms;
    }

    /// <summary>Letters all in upper case, at least three of them.</summary>
    private static bool IsCapitals(string form)
    {
        int letters = 0;
        foreach (char c in form)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 3;
    }

    /// <summary>The lower case and shapes of forms seen before on this thread: news repeats its words, and each costs three strings to derive.</summary>
    private static Dictionary<string, (string Lower, string Shape, string ShortShape, bool LowerLettersOnly)> KnownForms => _knownForms ??= new(StringComparer.Ordinal);

    [ThreadStatic] private static Dictionary<string, (string Lower, string Shape, string ShortShape, bool LowerLettersOnly)>? _knownForms;
    private const int MaxKnownForms = 200_000;

    /// <summary>Typographic quotes and apostrophes as the ASCII ones the training text uses; digits kept.</summary>
    public static string Normalize(string text)
    {
        if (text.AsSpan().IndexOfAny("“”‘’`´") < 0) return text;
        var b = new StringBuilder(text.Length);
        foreach (char c in text)
            b.Append(c switch { '“' or '”' => '"', '‘' or '’' or '`' or '´' => '\'', _ => c });
        string s = b.ToString();
        return s == "''" ? "\"" : s;
    }

    internal static bool HasOnlyLowerLetters(string form)
    {
        bool lower = false;
        foreach (char c in form)
        {
            if (char.IsUpper(c) || char.IsDigit(c)) return false;
            lower |= char.IsLower(c);
        }
        return lower;
    }

    /// <summary>Word shape: "Baldwin" → "Xxxxxxx" (collapsed "Xx"), "N.M." → "X.X.", "2021" → "dddd".</summary>
    private static string ShapeOf(string form, bool collapse)
    {
        var b = new StringBuilder(Math.Min(form.Length, 12));
        char last = '\0';
        foreach (char c in form)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (collapse && s == last) continue;
            if (!collapse && b.Length >= 8 && s == last) continue;
            b.Append(s);
            last = s;
        }
        return b.ToString();
    }
}
