using Chronicle.Domain.Time;
using Chronicle.Events.Ontology;
using Chronicle.Events.Text;

namespace Chronicle.Events.Timing;

/// <summary>
/// Explicit dates read straight from tokens, used only while the time stage has given a document no time
/// expressions at all: month-day-year, month-year, month, weekday, year, and "last/this/next week|month|year",
/// anchored to the publication date, looking back for past events and forward for expected ones.
/// </summary>
public sealed class FallbackTimeTagger(Lexicon lexicon)
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public List<TimeMention> Tag(List<Tok> tokens, int from, int to, DateOnly dct, bool future)
    {
        var found = new List<TimeMention>();
        for (int i = from; i < to; i++)
        {
            int consumed = TryAt(tokens, i, to, dct, future, out var value, out string? mod);
            if (consumed == 0) continue;
            var first = tokens[i];
            var last = tokens[i + consumed - 1];
            found.Add(new TimeMention(first.Start, last.End, "", TimexType.Date, value!, false, mod));
            i += consumed - 1;
        }
        return found;
    }

    private int TryAt(List<Tok> t, int i, int to, DateOnly dct, bool future, out string? value, out string? mod)
    {
        value = null;
        mod = null;
        string w = t[i].Lower;
        int month = MonthOf(w);
        if (lexicon.Weekdays.Contains(w))
        {
            // "Friday, December 29" is a date; "on Friday" is the nearest Friday.
            int k = i + 1;
            if (k < to && t[k].Lower == ",") k++;
            if (k < to && MonthOf(t[k].Lower) > 0)
            {
                int n = TryAt(t, k, to, dct, future, out value, out mod);
                if (n > 0) return k - i + n;
            }
            var target = Enum.Parse<DayOfWeek>(w, ignoreCase: true);
            var d = dct;
            if (future) { while (d.DayOfWeek != target) d = d.AddDays(1); }
            else { while (d.DayOfWeek != target) d = d.AddDays(-1); }
            value = Timex.Format(d);
            return 1;
        }
        if (month > 0 && t[i].IsCapitalized)
        {
            if (w == "may" && (i > 0 && t[i - 1].IsCapitalized && t[i - 1].IsWord || i + 1 < to && t[i + 1].IsCapitalized)) return 0;
            int k = i + 1;
            if (k < to && t[k].Lower == ".") k++;
            if (k < to && int.TryParse(t[k].Lower.TrimEnd('.'), out int day) && day is >= 1 and <= 31 && t[k].Lower.Length <= 3)
            {
                int y = k + 1 < to && t[k + 1].Lower == "," ? k + 2 : k + 1;
                if (y < to && IsYear(t[y].Lower, out int year))
                {
                    value = $"{year:D4}-{month:D2}-{day:D2}";
                    return y - i + 1;
                }
                value = Timex.Format(Resolve(dct, month, day, future));
                return k - i + 1;
            }
            if (k < to && IsYear(t[k].Lower, out int y2))
            {
                value = $"{y2:D4}-{month:D2}";
                return k - i + 1;
            }
            if (!t[i].IsCapitalized) return 0;
            var r = Resolve(dct, month, 1, future);
            value = $"{r.Year:D4}-{month:D2}";
            return 1;
        }
        if (IsYear(w, out int bare) && (i == 0 || t[i - 1].Lower is "in" or "since" or "of" or "late" or "early" or "mid" or "by" or "until" or "through" or "," or "-"))
        {
            value = $"{bare:D4}";
            if (i > 0 && t[i - 1].Lower is "late" or "early" or "mid") mod = t[i - 1].Lower.ToUpperInvariant() switch { "LATE" => "END", "EARLY" => "START", _ => "MID" };
            return 1;
        }
        if (w is "last" or "this" or "next" or "earlier" or "later" && i + 1 < to)
        {
            int k = i + 1;
            if (w is "earlier" or "later" && t[k].Lower == "this" && k + 1 < to) k++;
            string unit = t[k].Lower;
            int step = w == "last" ? -1 : w == "next" ? 1 : 0;
            switch (unit)
            {
                case "year": value = $"{dct.Year + step:D4}"; return k - i + 1;
                case "month": { var m = dct.AddMonths(step); value = $"{m.Year:D4}-{m.Month:D2}"; return k - i + 1; }
                case "week":
                {
                    var d = dct.AddDays(7 * step);
                    value = $"{System.Globalization.ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)):D4}-W{System.Globalization.ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}";
                    return k - i + 1;
                }
            }
            return 0;
        }
        if (w is "today" or "tonight") { value = Timex.Format(dct); return 1; }
        if (w == "yesterday") { value = Timex.Format(dct.AddDays(-1)); return 1; }
        if (w == "end" && i >= 1 && t[i - 1].Lower == "the" && i + 3 < to && t[i + 1].Lower == "of" && t[i + 2].Lower == "the" && t[i + 3].Lower == "year")
        {
            value = $"{dct.Year:D4}";
            mod = "END";
            return 4;
        }
        return 0;
    }

    private static DateOnly Resolve(DateOnly dct, int month, int day, bool future)
    {
        int year = dct.Year;
        day = Math.Min(day, DateTime.DaysInMonth(year, month));
        var candidate = new DateOnly(year, month, day);
        if (future && candidate < dct.AddDays(-31)) return candidate.AddYears(1);
        if (!future && candidate > dct.AddDays(7)) return candidate.AddYears(-1);
        return candidate;
    }

    private static int MonthOf(string w)
    {
        string s = w.TrimEnd('.');
        if (s.Length < 3) return 0;
        for (int m = 0; m < 12; m++)
            if (s.StartsWith(MonthNames[m], StringComparison.Ordinal) && IsMonthWord(s, m)) return m + 1;
        return 0;
    }

    private static readonly string[] FullMonths = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static bool IsMonthWord(string s, int m) => s == FullMonths[m] || s == MonthNames[m] || (m == 8 && s == "sept");

    private static bool IsYear(string w, out int year) =>
        int.TryParse(w, out year) && w.Length == 4 && year is >= 1900 and <= 2100;
}
