using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Domain;

namespace Chronicle.Ingest;

/// <summary>A rule that removes a whole line of a page (see Resources/noise.json for the flags).</summary>
public sealed record LineRule(
    string Reason,
    Regex Pattern,
    int MaxWords,
    bool OnlyNonProse,
    bool StartsList,
    bool AbsorbsPrevious,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> CounterExamples);

/// <summary>A rule that removes a span inside a line; a caption credit at the end of a line removes the whole line.</summary>
public sealed record InlineRule(string Reason, Regex Pattern, bool WholeLineAtEnd, IReadOnlyList<(string Text, string Removed)> Examples);

/// <summary>The page-noise rules of Resources/noise.json, compiled once.</summary>
public sealed class NoiseRules
{
    public static NoiseRules Default { get; } = Load(EmbeddedResources.ReadText(typeof(NoiseRules).Assembly, "noise.json"));

    public required IReadOnlyList<LineRule> LineRules { get; init; }
    public required IReadOnlyList<InlineRule> InlineRules { get; init; }
    public required Regex Dateline { get; init; }
    public required IReadOnlyList<string> DatelineExamples { get; init; }
    public required IReadOnlyList<string> DatelineCounterExamples { get; init; }
    internal WordSet TimestampWords { get; private init; } = null!;
    internal WordSet SocialWords { get; private init; } = null!;

    public static NoiseRules Load(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var dateline = root.GetProperty("datelines");
        return new NoiseRules
        {
            LineRules = root.GetProperty("lineRules").EnumerateArray().Select(ReadLineRule).ToList(),
            InlineRules = root.GetProperty("inlineRules").EnumerateArray().Select(ReadInlineRule).ToList(),
            Dateline = Compile(Strings(dateline, "patterns"), caseSensitive: true),
            DatelineExamples = Strings(dateline, "examples"),
            DatelineCounterExamples = Strings(dateline, "counterExamples"),
            TimestampWords = new WordSet(Strings(root, "timestampWords")),
            SocialWords = new WordSet(Strings(root, "socialWords")),
        };
    }

    private static LineRule ReadLineRule(JsonElement rule) => new(
        rule.GetProperty("reason").GetString()!,
        Compile(Strings(rule, "patterns"), Flag(rule, "caseSensitive")),
        rule.TryGetProperty("maxWords", out var max) ? max.GetInt32() : int.MaxValue,
        Flag(rule, "onlyNonProse"),
        Flag(rule, "startsList"),
        Flag(rule, "absorbsPrevious"),
        Strings(rule, "examples"),
        Strings(rule, "counterExamples"));

    private static InlineRule ReadInlineRule(JsonElement rule) => new(
        rule.GetProperty("reason").GetString()!,
        Compile(Strings(rule, "patterns"), Flag(rule, "caseSensitive")),
        Flag(rule, "wholeLineAtEnd"),
        rule.GetProperty("examples").EnumerateArray()
            .Select(e => (e.GetProperty("text").GetString()!, e.GetProperty("removed").GetString()!)).ToList());

    /// <summary>One regex per rule: the alternatives are tried by the regex engine in a single pass.</summary>
    private static Regex Compile(IReadOnlyList<string> patterns, bool caseSensitive)
    {
        var options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
        if (!caseSensitive) options |= RegexOptions.IgnoreCase;
        return new Regex(string.Join("|", patterns.Select(p => $"(?:{p})")), options, TimeSpan.FromSeconds(1));
    }

    private static bool Flag(JsonElement rule, string name) => rule.TryGetProperty(name, out var value) && value.GetBoolean();

    private static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
}

/// <summary>A case-insensitive word list that answers span lookups without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words) =>
        _lookup = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
