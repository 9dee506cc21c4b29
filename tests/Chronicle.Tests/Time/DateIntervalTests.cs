using Chronicle.Domain.Time;

namespace Chronicle.Tests.Time;

public class DateIntervalTests
{
    private static DateOnly? D(string? day) => day is null ? null : DateOnly.Parse(day);

    [Theory]
    [InlineData("2023", TimexGranularity.Year, "2023-01-01", "2023-12-31")]
    [InlineData("2024-02", TimexGranularity.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", TimexGranularity.Month, "2023-02-01", "2023-02-28")]
    [InlineData("2023-04-20", TimexGranularity.Day, "2023-04-20", "2023-04-20")]
    [InlineData("2023-W16", TimexGranularity.Week, "2023-04-17", "2023-04-23")]
    [InlineData("2023-W16-WE", TimexGranularity.Week, "2023-04-22", "2023-04-23")]
    [InlineData("2023-Q2", TimexGranularity.Quarter, "2023-04-01", "2023-06-30")]
    [InlineData("2023-H2", TimexGranularity.Half, "2023-07-01", "2023-12-31")]
    [InlineData("2023-WI", TimexGranularity.Season, "2023-12-01", "2024-02-29")]
    [InlineData("199", TimexGranularity.Decade, "1990-01-01", "1999-12-31")]
    [InlineData("2023-04-20T12:42", TimexGranularity.Minute, "2023-04-20", "2023-04-20")]
    [InlineData("2023-04-20TNI", TimexGranularity.PartOfDay, "2023-04-20", "2023-04-20")]
    public void A_timex_value_covers_its_days_with_both_ends_explicit(string value, TimexGranularity granularity, string start, string endInclusive)
    {
        Assert.True(DateInterval.TryParse(value, out var interval));
        Assert.Equal(granularity, interval.Granularity);
        Assert.Equal(value, interval.Value);
        Assert.Equal(D(start), interval.Start);
        Assert.Equal(D(endInclusive), interval.EndInclusive);
        Assert.Equal(D(endInclusive)!.Value.AddDays(1), interval.EndExclusive);
        Assert.Equal(interval, TimexValue.Parse(value).Dates);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PAST_REF")]
    [InlineData("P3Y")]
    [InlineData("XXXX-04-20")]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData("next week")]
    public void What_names_no_days_is_not_an_interval(string? value)
    {
        Assert.False(DateInterval.TryParse(value, out _));
        if (value is not null) Assert.Null(TimexValue.Parse(value).Dates);
    }

    [Theory]
    // start, inclusive end, day, contained
    [InlineData("2023-04-01", "2023-04-30", "2023-04-30", true)]
    [InlineData("2023-04-01", "2023-04-30", "2023-05-01", false)]
    [InlineData("2023-04-01", "2023-04-30", "2023-03-31", false)]
    [InlineData(null, "2023-04-30", "1900-01-01", true)]
    [InlineData("2023-04-01", null, "2999-12-31", true)]
    [InlineData("2023-04-01", null, "2023-03-31", false)]
    [InlineData(null, null, "2023-03-31", true)]
    public void Inclusive_ends_contain_their_last_day_and_open_ends_everything_beyond(string? start, string? end, string day, bool contained) =>
        Assert.Equal(contained, DateInterval.Inclusive(D(start), D(end)).Contains(DateOnly.Parse(day)));

    [Theory]
    // start, exclusive end, day, contained
    [InlineData("2023-04-01", "2023-05-01", "2023-04-30", true)]
    [InlineData("2023-04-01", "2023-05-01", "2023-05-01", false)]
    [InlineData("2023-04-01", null, "2023-05-01", true)]
    public void Exclusive_ends_stop_the_day_before(string? start, string? endExclusive, string day, bool contained)
    {
        var interval = DateInterval.Exclusive(D(start), D(endExclusive));
        Assert.Equal(contained, interval.Contains(DateOnly.Parse(day)));
        Assert.Equal(D(endExclusive), interval.EndExclusive);
        Assert.Equal(D(endExclusive)?.AddDays(-1), interval.EndInclusive);
    }

    [Theory]
    // a.start, a.end (inclusive), b.start, b.end (inclusive), overlap
    [InlineData("2023-04-01", "2023-04-30", "2023-04-30", "2023-05-31", true)]
    [InlineData("2023-04-01", "2023-04-30", "2023-05-01", "2023-05-31", false)]
    [InlineData("2023-05-01", "2023-05-31", "2023-04-01", "2023-04-30", false)]
    [InlineData(null, "2023-04-30", "2023-04-30", null, true)]
    [InlineData(null, "2023-04-29", "2023-04-30", null, false)]
    [InlineData("2023-01-01", null, "1999-01-01", "2023-01-01", true)]
    [InlineData(null, null, "1999-01-01", "1999-01-01", true)]
    public void Intervals_overlap_when_they_share_a_day(string? aStart, string? aEnd, string? bStart, string? bEnd, bool overlap)
    {
        var a = DateInterval.Inclusive(D(aStart), D(aEnd));
        var b = DateInterval.Inclusive(D(bStart), D(bEnd));
        Assert.Equal(overlap, a.Overlaps(b));
        Assert.Equal(overlap, b.Overlaps(a));
    }

    [Theory]
    // outer, inner (TIMEX values), contains
    [InlineData("2023", "2023-04", true)]
    [InlineData("2023-Q2", "2023-04-20", true)]
    [InlineData("2023-Q2", "2023-W13", false)] // 2023-03-27..04-02 starts in Q1
    [InlineData("2023-04", "2023", false)]
    [InlineData("2023-04-20", "2023-04-20T12:42", true)]
    public void An_interval_contains_another_when_it_covers_all_its_days(string outer, string inner, bool contains)
    {
        Assert.True(DateInterval.TryParse(outer, out var a));
        Assert.True(DateInterval.TryParse(inner, out var b));
        Assert.Equal(contains, a.Contains(b));
    }

    [Fact]
    public void An_open_end_is_only_contained_by_an_open_end()
    {
        var since = DateInterval.Inclusive(D("2023-01-01"), null);
        Assert.True(DateInterval.Inclusive(null, null).Contains(since));
        Assert.False(DateInterval.Inclusive(D("2000-01-01"), D("2999-12-31")).Contains(since));
        Assert.True(since.IsOpenEnd);
        Assert.False(since.IsOpenStart);
        Assert.Null(since.EndExclusive);
    }

    [Fact]
    public void An_interval_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => DateInterval.Inclusive(D("2023-04-02"), D("2023-04-01")));
        Assert.Throws<ArgumentException>(() => DateInterval.Exclusive(D("2023-04-01"), D("2023-04-01")));
    }

    [Fact]
    public void A_day_is_written_as_its_timex_value()
    {
        var day = DateInterval.Day(new DateOnly(2023, 4, 20));
        Assert.Equal("2023-04-20", day.Value);
        Assert.Equal(TimexGranularity.Day, day.Granularity);
        Assert.True(DateInterval.TryParse(day.Value, out var parsed));
        Assert.Equal(day, parsed);
    }
}
