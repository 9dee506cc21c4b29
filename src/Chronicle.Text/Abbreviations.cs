using System.Text.Json;
using Chronicle.Domain;

namespace Chronicle.Text;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
public enum AbbreviationKind
{
    /// <summary>Precedes a name (Mr., Gov.): never ends a sentence.</summary>
    Title,
    /// <summary>Ends a sentence only when a sentence starter follows (Inc., Jr., Calif., Oct., etc., U.S.).</summary>
    Ambiguous,
    /// <summary>An abbreviation only before a number (No. 1).</summary>
    BeforeNumber,
}

/// <summary>The abbreviation lexicon of Resources/abbreviations.json, with span-based lookups that do not allocate.</summary>
public sealed class Abbreviations
{
    public static Abbreviations Default { get; } = Load();

    private readonly Dictionary<string, AbbreviationKind> _forms;
    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _formLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _starterLookup;

    /// <summary>The examples of the resource file: a text and the sentences it must split into.</summary>
    public IReadOnlyList<(string Text, IReadOnlyList<string> Sentences)> Examples { get; }

    public IReadOnlyCollection<string> Forms => _forms.Keys;

    private Abbreviations(Dictionary<string, AbbreviationKind> forms, HashSet<string> starters,
        IReadOnlyList<(string, IReadOnlyList<string>)> examples)
    {
        _forms = forms;
        _formLookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        _starterLookup = starters.GetAlternateLookup<ReadOnlySpan<char>>();
        Examples = examples;
    }

    /// <summary>The kind of a listed abbreviation, given without its final period.</summary>
    public bool TryGet(ReadOnlySpan<char> form, out AbbreviationKind kind)
    {
        if (_formLookup.TryGetValue(form, out kind)) return true;
        return IsAllUpper(form) && form.Length is > 1 and <= 8 && TryGetTitleCase(form, out kind);
    }

    /// <summary>Datelines and headlines write abbreviations in capitals: ST. LOUIS, CALIF.</summary>
    private bool TryGetTitleCase(ReadOnlySpan<char> form, out AbbreviationKind kind)
    {
        Span<char> title = stackalloc char[form.Length];
        title[0] = form[0];
        for (int i = 1; i < form.Length; i++) title[i] = char.ToLowerInvariant(form[i]);
        return _formLookup.TryGetValue(title, out kind);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> form)
    {
        foreach (char c in form)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>Whether a capitalised word after an ambiguous abbreviation shows a new sentence begins.</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _starterLookup.Contains(word);

    private static Abbreviations Load()
    {
        using var json = JsonDocument.Parse(EmbeddedResources.ReadText(typeof(Abbreviations).Assembly, "abbreviations.json"));
        var forms = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        var examples = new List<(string, IReadOnlyList<string>)>();
        foreach (var group in json.RootElement.GetProperty("groups").EnumerateArray())
        {
            var kind = group.GetProperty("kind").GetString() switch
            {
                "title" => AbbreviationKind.Title,
                "before-number" => AbbreviationKind.BeforeNumber,
                _ => AbbreviationKind.Ambiguous,
            };
            foreach (var form in group.GetProperty("forms").EnumerateArray())
                forms[form.GetString()!] = kind;
            foreach (var example in group.GetProperty("examples").EnumerateArray())
                examples.Add((example.GetProperty("text").GetString()!,
                    example.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()!).ToList()));
        }
        var starters = json.RootElement.GetProperty("sentenceStarters").GetProperty("words")
            .EnumerateArray().Select(w => w.GetString()!).ToHashSet(StringComparer.Ordinal);
        return new Abbreviations(forms, starters, examples);
    }
}
