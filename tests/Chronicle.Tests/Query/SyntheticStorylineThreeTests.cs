using Chronicle.Domain.Documents;
using Chronicle.Domain.Events;
using Chronicle.Pipeline;
using Chronicle.Query;

namespace Chronicle.Tests.Query;

/// <summary>A third made-up storyline: elections, deaths, marriages, lawsuits and blocked deals.</summary>
public class SyntheticStorylineThreeTests
{
    private static readonly (string Date, string Text)[] Pages =
    [
        ("2021-05-03", "Maria Lopez was elected president of Freedonia on Sunday."),
        ("2021-08-10", "Umbrella Corp sued Cyberdyne Systems on Monday over a patent dispute."),
        ("2022-02-14", "Umbrella Corp settled the lawsuit with Cyberdyne Systems on Friday."),
        ("2022-06-01", "The European Commission blocked Acme Corp's acquisition of Wayne Enterprises on Tuesday."),
        ("2023-04-09", "Former president Juan Ortega died on Saturday at the age of 81."),
        ("2023-07-15", "Singer Ana Cruz married actor Leo Park in Lisbon on Saturday."),
    ];

    private static readonly Lazy<ClaimChecker> Checker = new(() => SyntheticStoryline.Checker(Pages));

    [Theory]
    [InlineData("Maria Lopez is the president of Freedonia", "2021-06-01", Verdict.Supported)]
    [InlineData("Umbrella Corp is suing Cyberdyne Systems", "2021-09-01", Verdict.Supported)]
    [InlineData("Umbrella Corp is suing Cyberdyne Systems", "2022-03-01", Verdict.Outdated)]
    [InlineData("The European Commission has blocked Acme Corp's acquisition of Wayne Enterprises", "2022-06-02", Verdict.Supported)]
    [InlineData("Juan Ortega is dead", "2023-04-10", Verdict.Supported)]
    [InlineData("Juan Ortega is dead", "2023-04-01", Verdict.NotSupported)]
    [InlineData("Ana Cruz is married to Leo Park", "2023-07-16", Verdict.Supported)]
    [InlineData("Leo Park is married to Ana Cruz", "2023-07-16", Verdict.Supported)]
    public void Claims_follow_the_storyline(string claim, string asOf, Verdict expected) =>
        Assert.Equal(expected, Checker.Value.Check(claim, DateOnly.Parse(asOf)).Verdict);
}
