using System.Globalization;

namespace Chronicle.Events.Timing;

/// <summary>
/// The calendar range a TIMEX3 date value covers (2023 → 2023-01-01..2023-12-31, 2023-W16, 2023-Q1, 2023-04-20T12:42),
/// so facts keep their precision and still compare. The event stage no longer uses it (it reads the time
/// stage's <see cref="Chronicle.Domain.Time.TimexValue"/>); it stays for Facts and Query's Timeline until they
/// move to TimexValue (issue 11: one interval type), which then removes it.
/// </summary>
public readonly record struct Timex(string Value, DateOnly Earliest, DateOnly Latest)
{
    public static bool TryParse(string? value, out Timex timex)
    {
        timex = default;
        if (string.IsNullOrEmpty(value) || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), out int year)) return false;
        string v = value.Length > 10 && value[10] == 'T' ? value[..10] : value;
        try
        {
            if (v.Length == 4) { timex = new(value, new(year, 1, 1), new(year, 12, 31)); return true; }
            if (v.Length == 7 && v[4] == '-' && int.TryParse(v.AsSpan(5, 2), out int month))
            {
                var first = new DateOnly(year, month, 1);
                timex = new(value, first, first.AddMonths(1).AddDays(-1));
                return true;
            }
            if (v.Length == 10 && DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                timex = new(value, day, day);
                return true;
            }
            if (v.Length >= 7 && v[5] == 'W' && int.TryParse(v.AsSpan(6, 2), out int week))
            {
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
                timex = new(value, monday, monday.AddDays(6));
                return true;
            }
            if (v.Length == 7 && v[5] == 'Q' && int.TryParse(v.AsSpan(6, 1), out int quarter))
            {
                var first = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
                timex = new(value, first, first.AddMonths(3).AddDays(-1));
                return true;
            }
            if (v.Length == 7 && v[5] == 'H' && int.TryParse(v.AsSpan(6, 1), out int half))
            {
                var first = new DateOnly(year, half == 1 ? 1 : 7, 1);
                timex = new(value, first, first.AddMonths(6).AddDays(-1));
                return true;
            }
            if (v.Length == 7 && v[4] == '-' && v[5..] is "SP" or "SU" or "FA" or "WI")
            {
                int m = v[5..] switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
                var first = new DateOnly(year, m, 1);
                timex = new(value, first, first.AddMonths(3).AddDays(-1));
                return true;
            }
        }
        catch (ArgumentException) { return false; }
        return false;
    }

    public static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
