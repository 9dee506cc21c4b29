using System.Collections.Concurrent;
using System.Text.Json;
using Chronicle.Domain;

namespace Chronicle.Time.Matching;

/// <summary>The rules of rules.json compiled against a lexicon.</summary>
public sealed class RuleSet
{
    public Lexicon Lexicon { get; }
    public IReadOnlyList<Rule> Rules { get; }
    /// <summary>Union of the first-token classes of all rules: tokens outside it cannot start a match.</summary>
    public UInt128 StartClasses { get; }

    public RuleSet(Lexicon lexicon, string rulesJson)
    {
        Lexicon = lexicon;
        using var doc = JsonDocument.Parse(rulesJson);
        var root = doc.RootElement;
        var defaultDate = DateOnly.Parse(root.GetProperty("dct").GetString()!);
        var rules = new List<Rule>();
        foreach (var r in root.GetProperty("rules").EnumerateArray())
        {
            string pattern = r.GetProperty("pattern").GetString()!;
            var elements = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Element).ToArray();
            var firstClasses = UInt128.Zero;
            var firstWords = new List<string>();
            foreach (var e in elements)
            {
                firstClasses |= e.Tokens.Classes;
                firstWords.AddRange(e.Tokens.Words);
                if (!e.Optional) break;
            }
            var parameters = new Dictionary<string, string>();
            if (r.TryGetProperty("params", out var ps))
                foreach (var p in ps.EnumerateObject()) parameters[p.Name] = p.Value.GetString()!;
            rules.Add(new Rule
            {
                Name = r.GetProperty("name").GetString()!,
                Pattern = pattern,
                Elements = elements,
                Function = r.GetProperty("fn").GetString()!,
                Parameters = parameters,
                Priority = rules.Count,
                First = new TokenSet(firstClasses, [.. firstWords.Distinct()]),
                RequiredPrevious = Classes(r, "prev"),
                ForbiddenPrevious = Classes(r, "notPrev"),
                RequiredNext = Classes(r, "next"),
                ForbiddenNext = Classes(r, "notNext"),
                Examples = Examples(r, defaultDate),
            });
        }
        Rules = rules;
        StartClasses = rules.Aggregate(UInt128.Zero, (acc, rule) => acc | rule.First.Filter);
    }

    private readonly ConcurrentDictionary<(string?, UInt128), Rule[]> _candidates = new();

    /// <summary>The rules that can start at a token, worked out once per kind of token (its word and classes).</summary>
    public Rule[] CandidatesFor(in TimeToken token)
    {
        var key = (token.Lower, token.Classes);
        if (_candidates.TryGetValue(key, out var rules)) return rules;
        var probe = token;
        rules = Rules.Where(r => r.First.Matches(probe)).ToArray();
        _candidates.TryAdd(key, rules);
        return rules;
    }

    public static RuleSet LoadDefault() =>
        new(Lexicon.LoadDefault(), EmbeddedResources.ReadText(typeof(RuleSet).Assembly, "rules.json"));

    private TokenSet Classes(JsonElement rule, string property) =>
        rule.TryGetProperty(property, out var v) ? Alternatives(v.GetString()!) : TokenSet.Empty;

    private PatternElement Element(string text)
    {
        bool needsPrevious = text.Length > 2 && text.EndsWith("?+", StringComparison.Ordinal);
        if (needsPrevious) text = text[..^1];
        bool optional = text.Length > 1 && text.EndsWith('?');
        if (optional) text = text[..^1];
        return new PatternElement(Alternatives(text), optional, needsPrevious);
    }

    private TokenSet Alternatives(string text)
    {
        var classes = UInt128.Zero;
        var words = new List<string>();
        foreach (var alternative in text.Split('|'))
        {
            if (alternative[0] == '@' && !Lexicon.IsClass(alternative))
                throw new InvalidOperationException($"Time rules use the unknown word class '{alternative}'.");
            if (alternative[0] is '@' or '#') classes |= Lexicon.Bit(Lexicon.ClassId(alternative));
            else words.Add(Lexicon.Literal(alternative));
        }
        return new TokenSet(classes, [.. words]);
    }

    private static List<RuleExample> Examples(JsonElement rule, DateOnly defaultDate)
    {
        var examples = new List<RuleExample>();
        if (!rule.TryGetProperty("examples", out var list)) return examples;
        foreach (var e in list.EnumerateArray())
        {
            var parts = e.EnumerateArray().Select(x => x.GetString()!).ToArray();
            examples.Add(new RuleExample(parts[0], parts[1], parts[2],
                parts.Length > 3 && parts[3].Length > 0 ? parts[3] : null,
                parts.Length > 4 ? DateOnly.Parse(parts[4]) : defaultDate));
        }
        return examples;
    }
}
