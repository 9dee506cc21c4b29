using Chronicle.Domain.Documents;
using Chronicle.Domain.Events;
using Chronicle.Pipeline;
using Chronicle.Query;

namespace Chronicle.Tests.Query;

/// <summary>A second made-up storyline with other phrasings: ousted, indicted on, pleaded guilty, acquitted, sworn in.</summary>
public class SyntheticStorylineTwoTests
{
    private static readonly (string Date, string Text)[] Pages =
    [
        ("2022-03-04", "The board of Hooli ousted chief executive Gavin Belson on Thursday. Hooli appointed Jack Barker as interim CEO."),
        ("2022-05-10", "Federal prosecutors indicted Gavin Belson on securities fraud charges, the Justice Department said on Monday."),
        ("2022-08-02", "Prosecutors dropped all charges against Gavin Belson on Monday."),
        ("2022-09-15", "Erlich Bachman pleaded guilty to tax evasion on Wednesday."),
        ("2022-11-20", "Richard Hendricks was acquitted of embezzlement on Friday after a two-week trial. He had been charged with embezzlement in May."),
        ("2023-01-21", "Laurie Bream was sworn in as mayor of Palo Alto on Friday."),
    ];

    private static readonly Lazy<ClaimChecker> Checker = new(() => SyntheticStoryline.Checker(Pages));

    [Theory]
    [InlineData("Gavin Belson is the CEO of Hooli", "2022-03-10", Verdict.Outdated)]
    [InlineData("Jack Barker is the CEO of Hooli", "2022-03-10", Verdict.Supported)]
    [InlineData("Gavin Belson faces a securities fraud charge", "2022-06-01", Verdict.Supported)]
    [InlineData("Gavin Belson faces a securities fraud charge", "2022-08-03", Verdict.Outdated)]
    [InlineData("Erlich Bachman has been convicted of tax evasion", "2022-09-16", Verdict.Supported)]
    [InlineData("Richard Hendricks faces an embezzlement charge", "2022-11-21", Verdict.Outdated)]
    [InlineData("Richard Hendricks has been convicted of embezzlement", "2022-11-21", Verdict.NotSupported)]
    [InlineData("Laurie Bream is the mayor of Palo Alto", "2023-01-22", Verdict.Supported)]
    public void Claims_follow_the_storyline(string claim, string asOf, Verdict expected) =>
        Assert.Equal(expected, Checker.Value.Check(claim, DateOnly.Parse(asOf)).Verdict);
}
