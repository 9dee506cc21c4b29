using Chronicle.Domain.Documents;
using Chronicle.Domain.Events;
using Chronicle.Pipeline;
using Chronicle.Query;

namespace Chronicle.Tests.Query;

/// <summary>A made-up storyline (not from the dev set) through the whole pipeline and the claim checker.</summary>
public class SyntheticStorylineTests
{
    private static readonly (string Date, string Text)[] Pages =
    [
        ("2023-02-01", "Globex Corp named Dana Whitfield chief executive officer on Monday. She replaces Tom Reyes, who stepped down as CEO of Globex in January."),
        ("2023-06-10", "Police arrested Marco Bell on Friday in connection with the fraud at Globex."),
        ("2023-06-20", "Marco Bell was released on bail on Tuesday."),
        ("2023-09-01", "A jury found Marco Bell guilty of wire fraud on Thursday. He will be sentenced in November."),
        ("2023-11-15", "Marco Bell was sentenced to five years in prison on Tuesday."),
        ("2024-01-05", "Initech agreed to buy Globex for $2 billion, the companies said on Thursday."),
        ("2024-03-01", "Initech completed its acquisition of Globex on Friday."),
        ("2024-05-02", "Dana Whitfield will step down as CEO of Globex on June 30, the company said."),
    ];

    private static readonly Lazy<ClaimChecker> Checker = new(() => SyntheticStoryline.Checker(Pages));

    [Theory]
    [InlineData("Dana Whitfield is the CEO of Globex", "2023-03-01", Verdict.Supported)]
    [InlineData("Tom Reyes is the CEO of Globex", "2023-03-01", Verdict.Outdated)]
    [InlineData("Dana Whitfield is the CEO of Globex", "2024-05-10", Verdict.Supported)]
    [InlineData("Dana Whitfield is the CEO of Globex", "2024-07-15", Verdict.Outdated)]
    [InlineData("Marco Bell is in custody", "2023-06-12", Verdict.Supported)]
    [InlineData("Marco Bell is in custody", "2023-06-25", Verdict.Outdated)]
    [InlineData("Marco Bell has been convicted of wire fraud", "2023-09-02", Verdict.Supported)]
    [InlineData("Marco Bell has been sentenced to five years in prison", "2023-10-01", Verdict.NotSupported)]
    [InlineData("Marco Bell has been sentenced to five years in prison", "2023-11-16", Verdict.Supported)]
    [InlineData("Initech has agreed to acquire Globex", "2024-01-06", Verdict.Supported)]
    [InlineData("Initech owns Globex", "2024-02-01", Verdict.NotSupported)]
    [InlineData("Initech owns Globex", "2024-03-02", Verdict.Supported)]
    public void Claims_follow_the_storyline(string claim, string asOf, Verdict expected) =>
        Assert.Equal(expected, Checker.Value.Check(claim, DateOnly.Parse(asOf)).Verdict);
}
