namespace Chronicle.Server.Queries;

/// <summary>A request parameter that is missing or malformed: 400 over HTTP, an error result over MCP.</summary>
public sealed class BadParameterException(string message) : Exception(message);

/// <summary>Reads request parameters, which arrive as text over HTTP and MCP alike.</summary>
public static class Parameters
{
    /// <summary>Longest text accepted for a query, a claim or a name: longer is surely not a question.</summary>
    public const int MaxTextLength = 1000;

    public const int MaxLimit = 1000;

    public static string Text(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new BadParameterException($"{name} is required");
        if (value.Length > MaxTextLength) throw new BadParameterException($"{name} is longer than {MaxTextLength} characters");
        return value.Trim();
    }

    public static string? OptionalText(string? value, string name) => string.IsNullOrWhiteSpace(value) ? null : Text(value, name);

    public static DateOnly Date(string? value, string name) =>
        OptionalDate(value, name) ?? throw new BadParameterException($"{name} is required (a date YYYY-MM-DD)");

    public static DateOnly? OptionalDate(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", out var date)) return date;
        throw new BadParameterException($"{name} must be a date YYYY-MM-DD");
    }

    public static int Limit(string? value, int fallback)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (int.TryParse(value, out int n) && n > 0 && n <= MaxLimit) return n;
        throw new BadParameterException($"limit must be a whole number from 1 to {MaxLimit}");
    }
}
