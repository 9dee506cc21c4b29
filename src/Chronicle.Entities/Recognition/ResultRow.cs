namespace Chronicle.Entities.Recognition;

/// <summary>
/// A row of a result table ("Harbour City 10 7 2 1 20 8 23", "2. Ann Vell ( Norway ) 3:31.20"): a capitalized word and
/// figures, and none of the words of a page's time stamp ("Updated Mar 30, 2023, 6:26am EDT"). The page cleaner sets both aside as
/// time stamps by their share of numbers; only the row names things.
/// </summary>
public static class ResultRow
{
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "am", "pm", "a.m.", "p.m.", "et", "edt", "est", "pt", "pdt", "pst", "gmt", "bst", "utc", "cet", "cest",
        "updated", "published", "posted", "date", "ago", "hours", "minutes", "hour", "minute", "min", "read",
    };

    public static bool IsResultRow(ReadOnlySpan<char> line)
    {
        int numbers = 0, names = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range].Trim(",;()-–");
            if (word.IsEmpty) continue;
            if (TimeWords.Contains(word.ToString())) return false;
            if (char.IsAsciiDigit(word[0]) || word[0] is '.' or '+' && word.Length > 1 && char.IsAsciiDigit(word[1])) numbers++;
            else if (char.IsUpper(word[0])) names++;
        }
        return names >= 1 && numbers >= 2;
    }
}
