using Chronicle.Domain.Time;

namespace Chronicle.Time.Normalization;

/// <summary>What a normalization function makes of a match.</summary>
public sealed record TimexResult(TimexType Type, string Value, string? Mod = null, TimexParts Stated = TimexParts.None, TimexParts Inferred = TimexParts.None);
