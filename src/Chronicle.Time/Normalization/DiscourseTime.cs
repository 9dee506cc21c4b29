namespace Chronicle.Time.Normalization;

/// <summary>
/// What the text has talked about so far, for expressions that refer back: "the next day", "that month",
/// "a year earlier". Starts at the document date; each anchored expression of month precision or finer moves it.
/// </summary>
public sealed class DiscourseTime(DateOnly documentDate)
{
    public DateOnly Reference { get; set; } = documentDate;
    public string? LastQuarter { get; set; }
    /// <summary>The year of the last anchored expression of any precision ("in 1988 … that year").</summary>
    public int? LastYear { get; set; }
}
