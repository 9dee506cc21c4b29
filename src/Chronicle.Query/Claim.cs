namespace Chronicle.Query;

/// <summary>
/// A claim mapped to a state: relation(subject, object) with, for positions, the organization. Names carry their
/// alternatives ("X (formerly Twitter)" → X, Twitter).
/// </summary>
public sealed record Claim(string Text, string Relation, string Subject, string? Object, IReadOnlyList<string> SubjectNames, IReadOnlyList<string> ObjectNames, string? Organization)
{
    public IReadOnlyList<string> OrganizationNames { get; init; } = [];
    /// <summary>Only a position with one holder at a time satisfies the claim ("leads", "heads", "runs").</summary>
    public bool SingletonOnly { get; init; }
    public string? ObjectDisplay => Organization is null ? Object : Object is null ? Organization : $"{Object} of {Organization}";
}
