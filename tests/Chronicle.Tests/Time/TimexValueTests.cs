using Chronicle.Domain.Time;

namespace Chronicle.Tests.Time;

public class TimexValueTests
{
    [Theory]
    [InlineData("2023", TimexGranularity.Year, "2023-01-01", "2024-01-01")]
    [InlineData("2023-01", TimexGranularity.Month, "2023-01-01", "2023-02-01")]
    [InlineData("2023-04-20", TimexGranularity.Day, "2023-04-20", "2023-04-21")]
    [InlineData("2023-W16", TimexGranularity.Week, "2023-04-17", "2023-04-24")]
    [InlineData("2023-W16-WE", TimexGranularity.Week, "2023-04-22", "2023-04-24")]
    [InlineData("2023-Q1", TimexGranularity.Quarter, "2023-01-01", "2023-04-01")]
    [InlineData("2023-SU", TimexGranularity.Season, "2023-06-01", "2023-09-01")]
    [InlineData("199", TimexGranularity.Decade, "1990-01-01", "2000-01-01")]
    [InlineData("19", TimexGranularity.Century, "1900-01-01", "2000-01-01")]
    public void Anchored_values_keep_their_granularity_and_cover_an_interval(string value, TimexGranularity granularity, string earliest, string end)
    {
        var parsed = TimexValue.Parse(value);
        Assert.Equal(granularity, parsed.Granularity);
        Assert.Equal(DateTime.Parse(earliest), parsed.Earliest);
        Assert.Equal(DateTime.Parse(end), parsed.End);
        Assert.Equal(DateTime.Parse(end).AddTicks(-1), parsed.Latest);
    }

    [Fact]
    public void Times_cover_their_minute_and_parts_of_day_their_hours()
    {
        var minute = TimexValue.Parse("2023-04-20T12:42");
        Assert.Equal(TimexGranularity.Minute, minute.Granularity);
        Assert.Equal(new DateTime(2023, 4, 20, 12, 42, 0), minute.Earliest);
        var afternoon = TimexValue.Parse("2023-04-20TAF");
        Assert.Equal(TimexGranularity.PartOfDay, afternoon.Granularity);
        Assert.True(afternoon.Contains(new DateTime(2023, 4, 20, 15, 0, 0)));
    }

    [Theory]
    [InlineData("P18M", TimexGranularity.Duration)]
    [InlineData("PAST_REF", TimexGranularity.Reference)]
    [InlineData("XXXX-WXX-1", TimexGranularity.Set)]
    public void Unanchored_values_have_no_interval(string value, TimexGranularity granularity)
    {
        var parsed = TimexValue.Parse(value);
        Assert.Equal(granularity, parsed.Granularity);
        Assert.False(parsed.IsAnchored);
    }

    [Fact]
    public void Month_overlaps_its_days_but_not_the_next_month()
    {
        Assert.True(TimexValue.Parse("2023-01").Overlaps(TimexValue.Parse("2023-01-31")));
        Assert.False(TimexValue.Parse("2023-01").Overlaps(TimexValue.Parse("2023-02-01")));
    }
}
