using Chronicle.Domain.Events;
using Chronicle.Facts;

namespace Chronicle.Tests.Facts;

/// <summary>
/// FactEngine's branches one by one, table-driven: each case is a few reports (article, dates, type, arguments) and
/// the states they give as of a date, written "subject relation object from..to" with "open" or "pending" marks.
/// </summary>
public class FactEngineBranchTests
{
    /// <summary>One report: its article, publication day, the event's own day (null: undated), type, modality and arguments ("role=value").</summary>
    public sealed record Report(string Doc, string Reported, string? Time, string Type, params string[] Args)
    {
        public Modality Modality { get; init; } = Modality.Asserted;
    }

    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["person"] = "person", ["position"] = "position", ["organization"] = "org", ["until"] = "time", ["new"] = "org", ["old"] = "org",
    };

    private static List<EventRecord> Records(Report[] reports) => reports.Select((r, i) =>
    {
        var args = r.Args.Select(a => a.Split('=', 2)).Select(a => new EventArgument(a[0], a[1], a[1], 0, 1, Kinds[a[0]])).ToList();
        return new EventRecord(i + 1, r.Doc, DateOnly.Parse(r.Reported), $"sentence {i + 1}",
            new EventMention(r.Type, 0, 0, 1, r.Type, args, r.Time, r.Modality) { TimeAnchor = r.Time is null ? TimeAnchor.Undated : TimeAnchor.Explicit });
    }).ToList();

    private static string Show(FactState s, DateOnly asOf) =>
        $"{s.Subject} {s.Relation} {s.Object}{(s.Qualifier is null ? "" : " of " + s.Qualifier)} {s.ValidFrom ?? "?"}..{s.ValidTo}"
        + (s.HoldsOn(asOf) ? " open" : "") + (s.Pending.Count > 0 ? " pending" : "");

    private static readonly Report AnnIsPrimeMinister = new("a1", "2024-01-10", "2024-01-10", "personnel.take_office", "person=Ann Reed", "position=prime minister", "organization=Norland");

    public static TheoryData<string, Report[], string, string[]> Cases() => new()
    {
        {
            "deferral: 'will remain until a successor is chosen' makes the same article's undated resignation only announced",
            [AnnIsPrimeMinister, new("a2", "2024-05-02", null, "personnel.resign", "person=Ann Reed"), new("a2", "2024-05-02", null, "personnel.remain", "person=Ann Reed", "position=prime minister")],
            "2024-06-01", ["Ann Reed holds_position prime minister of Norland 2024-01-10.. open pending"]
        },
        {
            "without the deferral the undated resignation ends the term on its report",
            [AnnIsPrimeMinister, new("a2", "2024-05-02", null, "personnel.resign", "person=Ann Reed")],
            "2024-06-01", ["Ann Reed holds_position prime minister of Norland 2024-01-10..2024-05-02"]
        },
        {
            "a deferral in another article does not defer",
            [AnnIsPrimeMinister, new("a2", "2024-05-02", null, "personnel.resign", "person=Ann Reed"), new("a3", "2024-05-02", null, "personnel.remain", "person=Ann Reed", "position=prime minister")],
            "2024-06-01", ["Ann Reed holds_position prime minister of Norland 2024-01-10..2024-05-02"]
        },
        {
            "remain until: before the day named the post holds, with the end pending",
            [AnnIsPrimeMinister, new("a2", "2024-05-02", "2024-05-02", "personnel.remain", "person=Ann Reed", "position=prime minister", "until=2024-09")],
            "2024-06-01", ["Ann Reed holds_position prime minister of Norland 2024-01-10.. open pending"]
        },
        {
            "remain until: once the last day named has passed, the post ends on it",
            [AnnIsPrimeMinister, new("a2", "2024-05-02", "2024-05-02", "personnel.remain", "person=Ann Reed", "position=prime minister", "until=2024-09")],
            "2024-10-15", ["Ann Reed holds_position prime minister of Norland 2024-01-10..2024-09-30 pending"]
        },
        {
            "succession: a new holder of a one-holder office ends the previous term on the new one's first day",
            [AnnIsPrimeMinister, new("a2", "2024-07-01", "2024-07-01", "personnel.take_office", "person=Ben Ortiz", "position=prime minister", "organization=Norland")],
            "2024-08-01", ["Ann Reed holds_position prime minister of Norland 2024-01-10..2024-07-01", "Ben Ortiz holds_position prime minister of Norland 2024-07-01.. open"]
        },
        {
            "no succession for an office with several holders",
            [new("a1", "2024-01-10", "2024-01-10", "personnel.appoint", "person=Ann Reed", "position=director", "organization=Acme"),
             new("a2", "2024-07-01", "2024-07-01", "personnel.appoint", "person=Ben Ortiz", "position=director", "organization=Acme")],
            "2024-08-01", ["Ann Reed holds_position director of Acme 2024-01-10.. open", "Ben Ortiz holds_position director of Acme 2024-07-01.. open"]
        },
        {
            "reinstatement: a return after a firing opens a second term",
            [new("a1", "2023-01-10", "2023-01-10", "personnel.appoint", "person=Sam Hale", "position=chief executive officer", "organization=Acme"),
             new("a2", "2023-11-17", "2023-11-17", "personnel.fire", "person=Sam Hale", "position=chief executive officer", "organization=Acme"),
             new("a3", "2023-11-22", "2023-11-22", "personnel.return", "person=Sam Hale", "position=chief executive officer", "organization=Acme")],
            "2023-12-01", ["Sam Hale holds_position chief executive officer of Acme 2023-01-10..2023-11-17", "Sam Hale holds_position chief executive officer of Acme 2023-11-22.. open"]
        },
        {
            "ambiguous resignation: holding two posts, 'resigns' with no post named ends neither",
            [new("a1", "2023-01-10", "2023-01-10", "personnel.appoint", "person=Sam Hale", "position=chief executive officer", "organization=Acme"),
             new("a2", "2023-02-10", "2023-02-10", "personnel.appoint", "person=Sam Hale", "position=chairman", "organization=Beta"),
             new("a3", "2023-06-01", "2023-06-01", "personnel.resign", "person=Sam Hale")],
            "2023-07-01", ["Sam Hale holds_position chairman of Beta 2023-02-10.. open pending", "Sam Hale holds_position chief executive officer of Acme 2023-01-10.. open pending"]
        },
        {
            "named end: the same article's 'resigned as chairman of Beta' tells which post its bare 'resigns' ends",
            [new("a1", "2023-01-10", "2023-01-10", "personnel.appoint", "person=Sam Hale", "position=chief executive officer", "organization=Acme"),
             new("a2", "2023-02-10", "2023-02-10", "personnel.appoint", "person=Sam Hale", "position=chairman", "organization=Beta"),
             new("a3", "2023-06-01", "2023-06-01", "personnel.resign", "person=Sam Hale"),
             new("a3", "2023-06-01", null, "personnel.resign", "person=Sam Hale", "position=chairman", "organization=Beta")],
            "2023-07-01", ["Sam Hale holds_position chairman of Beta 2023-02-10..2023-06-01", "Sam Hale holds_position chief executive officer of Acme 2023-01-10.. open"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_branch_of_the_fact_engine_gives_its_states(string branch, Report[] reports, string asOf, string[] expected)
    {
        var day = DateOnly.Parse(asOf);
        var states = FactEngine.Default.Compute(Records(reports), day).States
            .Where(s => s.Relation == "holds_position").Select(s => Show(s, day)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.SequenceEqual(states), $"{branch}\nexpected: {string.Join(" | ", expected)}\nactual:   {string.Join(" | ", states)}");
    }

    [Fact]
    public void A_rename_joins_the_two_names_into_one_identity()
    {
        var reports = new Report[] { new("a1", "2023-07-24", "2023-07-24", "entity.rename", "new=X Corp", "old=Twitter") };
        Assert.True(FactEngine.Default.Compute(Records(reports), DateOnly.Parse("2023-08-01")).Identities.Same("X Corp", "Twitter"));
        Assert.False(FactEngine.Default.Compute([], DateOnly.Parse("2023-08-01")).Identities.Same("X Corp", "Twitter"));
    }
}
