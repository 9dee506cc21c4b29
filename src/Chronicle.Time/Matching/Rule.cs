namespace Chronicle.Time.Matching;

/// <summary>
/// One token position of a pattern: the classes a token may have, whether it may be skipped, and whether it may
/// only appear right after a token matched by the element before it ("@approx? than?+": "than" only after "more").
/// </summary>
public sealed record PatternElement(UInt128 Classes, bool Optional, bool NeedsPrevious);

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
    /// <summary>Classes the first token of a match can have (any element up to the first required one).</summary>
    public required UInt128 FirstClasses { get; init; }
    public UInt128 RequiredPrevious { get; init; }
    public UInt128 ForbiddenPrevious { get; init; }
    public UInt128 ForbiddenNext { get; init; }
    public required IReadOnlyList<RuleExample> Examples { get; init; }

    public string? Parameter(string name) => Parameters.TryGetValue(name, out var v) ? v : null;
}
