using System.Runtime.CompilerServices;
namespace Chronicle.Time.Matching;

/// <summary>
/// One token position of a pattern: the classes a token may have, whether it may be skipped, and whether it may
/// only appear right after a token matched by the element before it ("@approx? than?+": "than" only after "more").
/// </summary>
public sealed record PatternElement(TokenSet Tokens, bool Optional, bool NeedsPrevious);

/// <summary>Tokens in any of some classes or equal to one of some literal words.</summary>
public readonly record struct TokenSet(UInt128 Classes, string[] Words)
{
    public static readonly TokenSet Empty = new(UInt128.Zero, []);

    public bool IsEmpty => Classes == 0 && Words.Length == 0;

    /// <summary>Bits a token must share with this set to be worth a closer look.</summary>
    public UInt128 Filter => Words.Length > 0 ? Classes | Lexicon.LiteralBit : Classes;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Matches(in TimeToken token)
    {
        if ((token.Classes & Classes) != 0) return true;
        if ((token.Classes & Lexicon.LiteralBit) == 0) return false;
        foreach (var word in Words)
            if (ReferenceEquals(word, token.Lower)) return true;
        return false;
    }
}

/// <summary>An example a rule must get right: text, the expression expected (empty: none), its value and type.</summary>
public sealed record RuleExample(string Text, string Expression, string Value, string? Type, DateOnly DocumentDate);

/// <summary>A compiled rule from rules.json.</summary>
public sealed class Rule
{
    public required string Name { get; init; }
    public required string Pattern { get; init; }
    public required PatternElement[] Elements { get; init; }
    public required string Function { get; init; }
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }
    public required int Priority { get; init; }
    /// <summary>Tokens that can start a match (those of any element up to the first required one).</summary>
    public required TokenSet First { get; init; }
    public TokenSet RequiredPrevious { get; init; } = TokenSet.Empty;
    public TokenSet ForbiddenPrevious { get; init; } = TokenSet.Empty;
    public TokenSet RequiredNext { get; init; } = TokenSet.Empty;
    public TokenSet ForbiddenNext { get; init; } = TokenSet.Empty;
    public required IReadOnlyList<RuleExample> Examples { get; init; }

    public string? Parameter(string name) => Parameters.TryGetValue(name, out var v) ? v : null;
}
