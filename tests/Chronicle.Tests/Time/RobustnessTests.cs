using Chronicle.Domain.Time;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>Odd and random input never throws and every mention points at its own text.</summary>
public class RobustnessTests
{
    private static readonly string[] Words =
    [
        "5000", "years", "ago", "centuries", "Feb.", "29", "30", ",", "1999", "the", "last", "next", "week", "Monday", "'s",
        "a", "half", "and", "early", "mid", "-", "November", "quarter", "third", "fiscal", "9999", "0001", "Q4", "12:75",
        "p.m.", "noon", "every", "day", "twenty", "-", "ninth", "of", "May", "may", "decade", "earlier", "that", "month",
        "'90s", "1/2", "hours", "nineteen", "ninety", "two", "thousand", "since", "by", "until", ".", "\n", "“", "”", "—",
    ];

    [Fact]
    public void Random_sequences_of_time_words_never_throw()
    {
        var random = new Random(42);
        var dates = new[] { new DateOnly(2023, 4, 20), new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31), new DateOnly(2024, 2, 29) };
        for (int n = 0; n < 3000; n++)
        {
            string text = string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => Words[random.Next(Words.Length)]));
            var date = dates[random.Next(dates.Length)];
            foreach (var m in TimeTagger.Default.Tag(text, date))
            {
                Assert.Equal(m.Text, text[m.Start..m.End]);
                Assert.NotEmpty(m.Value);
                _ = m.Parsed;
            }
        }
    }

    [Theory]
    [InlineData("2023-W54")]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData("garbage")]
    public void Malformed_values_parse_as_unknown(string value)
    {
        Assert.Equal(TimexGranularity.Unknown, TimexValue.Parse(value).Granularity);
    }
}
