using Chronicle.Domain.Documents;
using Chronicle.Domain.Time;
using Chronicle.Events.Extraction;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Events;

/// <summary>Events are dated with the time stage's TIMEX3 mentions, read as <see cref="TimexValue"/>.</summary>
public class EventTimeTests
{
    [Theory]
    [InlineData("2023", "2023-01-01")]
    [InlineData("2023-04", "2023-04-01")]
    [InlineData("2023-04-20", "2023-04-20")]
    [InlineData("2023-04-20T12:42", "2023-04-20")]
    [InlineData("2023-W16", "2023-04-17")]
    [InlineData("2023-W16-WE", "2023-04-22")]
    [InlineData("2023-Q2", "2023-04-01")]
    [InlineData("2023-SU", "2023-06-01")]
    public void A_calendar_value_dates_an_event_from_its_first_day(string value, string firstDay)
    {
        Assert.Equal(DateOnly.Parse(firstDay), EventReading.FirstDayOf(TimexValue.Parse(value)));
    }

    [Theory]
    [InlineData("199")]
    [InlineData("19")]
    [InlineData("PRESENT_REF")]
    [InlineData("P3D")]
    [InlineData("XXXX-WXX-1")]
    [InlineData("2023-02-30")]
    public void Eras_references_durations_and_sets_date_no_event(string value)
    {
        Assert.Null(EventReading.FirstDayOf(TimexValue.Parse(value)));
    }

    [Fact]
    public void An_event_takes_the_date_the_time_stage_gives_in_its_clause()
    {
        // "two days ago" is one of the expressions only the time stage's rules read.
        var analysis = new DocumentAnalyzer().Analyze(new Document("p", new DateOnly(2023, 4, 20),
            "Prosecutors said Alec Baldwin was charged with involuntary manslaughter two days ago."));
        var charged = Assert.Single(analysis.Events, e => e.Type == "justice.charge");
        Assert.Contains(analysis.Times, t => t.Value == "2023-04-18");
        Assert.Equal("2023-04-18", charged.Time);
        Assert.Equal(Chronicle.Domain.Events.TimeAnchor.Explicit, charged.TimeAnchor);
    }
}
