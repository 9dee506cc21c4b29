using System.Globalization;

namespace Chronicle.Ingest.Markup;

/// <summary>Publication dates as pages and feeds write them: ISO 8601 (with or without time) and RFC 822.</summary>
internal static class PublicationDate
{
    private static readonly string[] Rfc822 =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss", "ddd, d MMM yyyy",
        "d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss", "d MMM yyyy", // the weekday is optional in RFC 822
    ];

    /// <summary>The calendar date the publisher wrote (its own offset, not converted to UTC).</summary>
    public static DateOnly? Parse(string? value) => Parse(value, out _);

    /// <summary>
    /// As <see cref="Parse(string?)"/>; an RFC 822 date whose weekday does not match its day is still read by
    /// its day, month and year (the intent is clear), with a warning saying so.
    /// </summary>
    public static DateOnly? Parse(string? value, out string? warning)
    {
        warning = null;
        if (ParseStrict(value) is { } date) return date;
        int comma = value?.IndexOf(',') ?? -1;
        if (value is null || comma is < 3 or > 9) return null;
        if (ParseStrict(value[(comma + 1)..]) is not { } withoutWeekday) return null;
        warning = $"date '{value.Trim()}' names the wrong weekday; read as {withoutWeekday:yyyy-MM-dd} ({withoutWeekday.DayOfWeek})";
        return withoutWeekday;
    }

    private static DateOnly? ParseStrict(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return iso;
        string normalized = NormalizeZone(value);
        if (DateTimeOffset.TryParseExact(normalized, Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc))
            return DateOnly.FromDateTime(rfc.DateTime);
        return null;
    }

    /// <summary>RFC 822 zones such as "GMT", "EST" or "+0000" into the "+00:00" form .NET parses.</summary>
    private static string NormalizeZone(string value)
    {
        int space = value.LastIndexOf(' ');
        if (space < 0) return value;
        string zone = value[(space + 1)..], head = value[..space];
        string? offset = zone switch
        {
            "GMT" or "UT" or "UTC" or "Z" => "+00:00",
            "EST" => "-05:00", "EDT" => "-04:00", "CST" => "-06:00", "CDT" => "-05:00",
            "MST" => "-07:00", "MDT" => "-06:00", "PST" => "-08:00", "PDT" => "-07:00",
            _ when zone.Length == 5 && zone[0] is '+' or '-' && zone[1..].All(char.IsAsciiDigit) => $"{zone[..3]}:{zone[3..]}",
            _ => null,
        };
        return offset is null ? value : $"{head} {offset}";
    }
}
