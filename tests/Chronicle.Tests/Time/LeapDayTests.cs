using Chronicle.Time;

namespace Chronicle.Tests.Time;

public class LeapDayTests
{
    [Theory]
    [InlineData("2023-06-01", "The trial will start on Feb. 29 and last two weeks.", "2024-02-29")]
    [InlineData("2022-10-26", "The trial is expected to start on Feb. 29 and last two weeks.", "-02-29")]
    [InlineData("2025-03-10", "The deadline was Feb. 29.", "2024-02-29")]
    [InlineData("2024-01-10", "The vote is on February 29.", "2024-02-29")]
    public void February_29_without_a_year_finds_the_nearest_leap_year(string dct, string sentence, string expected)
    {
        var mention = Assert.Single(TimeTagger.Default.Tag(sentence, DateOnly.Parse(dct)), m => m.Text.Contains("29"));
        Assert.EndsWith(expected, mention.Value);
    }
}
