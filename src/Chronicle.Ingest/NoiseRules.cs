using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Domain;

namespace Chronicle.Ingest;

/// <summary>A rule that removes a whole line of a page (see Resources/noise.json for the flags).</summary>
public sealed record LineRule(
    string Reason,
    PatternSet Pattern,
    int MaxWords,
    bool OnlyNonProse,
    bool StartsList,
    bool AbsorbsPrevious,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> CounterExamples);

/// <summary>A rule that removes a span inside a line; a caption credit at the end of a line removes the whole line.</summary>
public sealed record InlineRule(string Reason, PatternSet Pattern, bool WholeLineAtEnd, IReadOnlyList<(string Text, string Removed)> Examples);

/// <summary>The page-noise rules of Resources/noise.json, compiled once.</summary>
public sealed class NoiseRules
{
    // Declared before Default, which is built with it.
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    public static NoiseRules Default { get; } = Load(EmbeddedResources.ReadText(typeof(NoiseRules).Assembly, "noise.json"));

    public required IReadOnlyList<LineRule> LineRules { get; init; }
    public required IReadOnlyList<InlineRule> InlineRules { get; init; }
    public required PatternSet Dateline { get; init; }
    /// <summary>All anchored line patterns in one regex: a line that starts like none of them and has no keyword skips the rules.</summary>
    internal Regex AnchoredPrefilter { get; private init; } = null!;
    internal LineStartGate StartGate { get; private init; } = null!;
    internal SearchValues<string> Keywords { get; private init; } = null!;
    /// <summary>One-character keywords (@, ©) are searched apart: in the string search they would force its slow path.</summary>
    internal SearchValues<char> KeywordChars { get; private init; } = null!;
    public required IReadOnlyList<string> DatelineExamples { get; init; }
    public required IReadOnlyList<string> DatelineCounterExamples { get; init; }
    internal WordSet TimestampWords { get; private init; } = null!;
    internal WordSet SocialWords { get; private init; } = null!;

    public static NoiseRules Load(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var dateline = root.GetProperty("datelines");
        var lineRules = root.GetProperty("lineRules").EnumerateArray().ToList();
        var anchored = lineRules.SelectMany(r => Strings(r, "patterns")).Where(p => p.StartsWith('^')).ToList();
        foreach (var rule in lineRules) CheckKeywords(rule);
        var keywords = lineRules.SelectMany(r => Strings(r, "keywords")).Distinct().ToList();
        return new NoiseRules
        {
            LineRules = lineRules.Select(ReadLineRule).ToList(),
            AnchoredPrefilter = NewRegex($"^(?:{string.Join("|", anchored.Select(p => $"(?:{p[1..]})"))})", caseSensitive: false),
            StartGate = new LineStartGate(anchored),
            Keywords = SearchValues.Create(keywords.Where(k => k.Length > 1).ToArray(), StringComparison.OrdinalIgnoreCase),
            KeywordChars = SearchValues.Create(keywords.Where(k => k.Length == 1).Select(k => k[0]).ToArray()),
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
        CompileAlternation(Strings(rule, "patterns"), Flag(rule, "caseSensitive")),
        Flag(rule, "wholeLineAtEnd"),
        rule.GetProperty("examples").EnumerateArray()
            .Select(e => (e.GetProperty("text").GetString()!, e.GetProperty("removed").GetString()!)).ToList());

    private static PatternSet Compile(IReadOnlyList<string> patterns, bool caseSensitive) =>
        new(patterns.Select(p => NewRegex(p, caseSensitive)).ToArray());

    /// <summary>Inline patterns run over the whole page, so one alternation (one scan) beats several.</summary>
    private static PatternSet CompileAlternation(IReadOnlyList<string> patterns, bool caseSensitive) =>
        new([NewRegex(string.Join("|", patterns.Select(p => $"(?:{p})")), caseSensitive)]);

    /// <summary>
    /// A pattern runs without backtracking where it can (linear in the line, so no time limit is needed and cleaning
    /// never depends on how busy the machine is); a pattern that needs lookarounds backtracks under a time limit.
    /// </summary>
    private static Regex NewRegex(string pattern, bool caseSensitive)
    {
        var options = RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, options | RegexOptions.Compiled, Timeout);
        }
    }

    /// <summary>The prefilter only lets a line reach an unanchored pattern through a keyword of its rule.</summary>
    private static void CheckKeywords(JsonElement rule)
    {
        if (Flag(rule, "onlyNonProse") || Strings(rule, "keywords").Count > 0) return;
        if (Strings(rule, "patterns").FirstOrDefault(p => !p.StartsWith('^')) is { } floating)
            throw new InvalidDataException($"noise.json: rule '{rule.GetProperty("reason").GetString()}' needs keywords for the unanchored pattern {floating}");
    }

    /// <summary>Whether a line starts with a word (or symbol) that some ^-anchored pattern starts with.</summary>
    public bool StartsLikeAnchoredPattern(ReadOnlySpan<char> line) => StartGate.MayOpen(line);

    /// <summary>Whether a line may match a rule: it starts like an anchored pattern, holds a keyword, or does not end like a sentence.</summary>
    internal bool MayMatch(ReadOnlySpan<char> line, bool endsLikeSentence) =>
        !endsLikeSentence || line.ContainsAny(KeywordChars) || line.ContainsAny(Keywords) || (StartGate.MayOpen(line) && PatternSet.IsMatch(AnchoredPrefilter, line, onTimeout: true));

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

/// <summary>
/// The alternatives of one rule, kept as separate regexes: each can then search for its own literal
/// prefix, where one alternation of unanchored patterns would be tried at every position of a line.
/// </summary>
public sealed class PatternSet(IReadOnlyList<Regex> patterns)
{
    public IReadOnlyList<Regex> Patterns { get; } = patterns;

    public bool IsMatch(ReadOnlySpan<char> input)
    {
        foreach (var pattern in Patterns)
            if (IsMatch(pattern, input, onTimeout: false)) return true;
        return false;
    }

    /// <summary>A pathological line must not fail the whole page: on a timeout the answer is the given default.</summary>
    internal static bool IsMatch(Regex pattern, ReadOnlySpan<char> input, bool onTimeout)
    {
        try
        {
            return pattern.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return onTimeout;
        }
    }
}
