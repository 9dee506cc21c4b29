using System.Globalization;

namespace Chronicle.Ingest;

/// <summary>
/// The first line of a dated page: " date YYYY-MM-DD &lt;first text of the page&gt;" (leading space optional).
/// </summary>
public readonly record struct DateLine(DateOnly? Date, int PageStart, string? Error)
{
    private const string Keyword = "date ";

    /// <summary>Null Date and Error: the text has no date line. Error set: it has one, but the date is invalid.</summary>
    public static DateLine TryParse(string text)
    {
        int i = 0;
        while (i < text.Length && text[i] is ' ' or '\t' or '\uFEFF') i++;
        if (string.CompareOrdinal(text, i, Keyword, 0, Keyword.Length) != 0) return default;
        i += Keyword.Length;
        while (i < text.Length && text[i] == ' ') i++;
        int tokenEnd = i;
        while (tokenEnd < text.Length && !char.IsWhiteSpace(text[tokenEnd])) tokenEnd++;
        string token = text[i..tokenEnd];
        if (!DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new DateLine(null, 0, token.Length == 0
                ? "date line has no date (expected ' date YYYY-MM-DD ...')"
                : $"invalid date '{token}' in the date line (expected a real date YYYY-MM-DD)");
        int pageStart = tokenEnd;
        while (pageStart < text.Length && text[pageStart] is ' ' or '\t') pageStart++;
        return new DateLine(date, pageStart, null);
    }
}
