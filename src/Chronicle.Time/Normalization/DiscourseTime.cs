namespace Chronicle.Time.Normalization;

/// <summary>
/// What the text has talked about so far, for expressions that refer back: "the next day", "that month",
/// "a year earlier". Starts at the document date; each anchored expression of month precision or finer moves it.
/// </summary>
public sealed class DiscourseTime(DateOnly documentDate)
{
    /// <summary>The first day of the last anchored expression of month precision or finer.</summary>
    public DateOnly Reference { get; set; } = documentDate;
    /// <summary>The last day named to the day ("the day before", a clock time): a month or week does not name a day.</summary>
    public DateOnly DayReference { get; set; } = documentDate;
    public string? LastQuarter { get; set; }
    /// <summary>The year of the last anchored expression of any precision ("in 1988 … that year").</summary>
    public int? LastYear { get; set; }
}
