using Chronicle.Domain.Time;

namespace Chronicle.Time;

/// <summary>Finds time expressions and normalizes them to TIMEX3 values relative to the document creation time.</summary>
public sealed class TimeTagger
{
    public static TimeTagger Default { get; } = new();

    // Placeholder until the rules land.
    public IReadOnlyList<TimeMention> Tag(string text, DateOnly documentDate) => [];
}
