using Chronicle.Domain.Events;
using Chronicle.Facts;
using Chronicle.Query;

namespace Chronicle.Tests.Query;

/// <summary>A timeline line is the summary the event's type declares in the ontology, filled with its arguments.</summary>
public class TimelineSummaryTests
{
    public static TheoryData<string, string, string[], string> Cases() => new()
    {
        // type, trigger, arguments ("role=value"), summary
        { "justice.charge", "charged", ["defendant=Dana Cole", "charge=fraud"], "Dana Cole charged with fraud" },
        { "justice.charge", "charged", ["defendant=Dana Cole"], "Dana Cole charged" },
        { "justice.charge", "pleaded not guilty", ["defendant=Dana Cole", "charge=fraud"], "Dana Cole pleads not guilty to fraud" },
        { "justice.charge", "will stand trial", ["defendant=Dana Cole", "charge=fraud"], "Dana Cole faces trial for fraud" },
        { "justice.drop_charges", "dropped", ["defendant=Dana Cole", "charge=fraud"], "charges (fraud) against Dana Cole dropped" },
        { "justice.drop_charges", "dropped", ["defendant=Dana Cole"], "charges against Dana Cole dropped" },
        { "justice.fine", "fined", ["party=Acme", "amount=$5 million"], "Acme fined $5 million" },
        { "justice.settle", "settled", ["party=Acme"], "Acme settles" },
        { "personnel.appoint", "appointed", ["person=Dana Cole", "position=chief executive officer", "organization=Acme"], "Dana Cole becomes chief executive officer of Acme" },
        { "personnel.appoint", "appointed", ["person=Dana Cole", "organization=Acme"], "Dana Cole becomes " },
        { "personnel.resign", "resigned", ["person=Dana Cole"], "Dana Cole leaves" },
        { "personnel.resign", "resigned", ["person=Dana Cole", "position=chairman"], "Dana Cole leaves as chairman" },
        { "personnel.remain", "remains", ["person=Dana Cole", "position=chairman", "organization=Acme"], "Dana Cole remains chairman of Acme" },
        { "life.marry", "married", ["person=Dana Cole", "spouse=Lee Park"], "Dana Cole marries Lee Park" },
        { "life.marry", "married", ["person=Dana Cole", "person=Lee Park", "spouse=Kim Ro"], "Dana Cole and Lee Park marries Kim Ro" },
        { "production.halt", "halted", ["entity=Acme"], "production halted (Acme)" },
        { "entity.rename", "renamed", ["new=X Corp", "old=Twitter"], "X Corp, formerly Twitter" },
        // A type without a declared summary: its type and arguments.
        { "justice.judgment", "won the case", ["party=Acme", "counterparty=Beta"], "justice.judgment Acme, Beta" },
        { "test.unknown", "x", ["party=Acme"], "test.unknown Acme" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_summary_reads_the_types_template(string type, string trigger, string[] args, string expected)
    {
        var arguments = args.Select(a => a.Split('=', 2)).Select(a => new EventArgument(a[0], a[1], a[1], 0, 1, a[0] is "charge" or "amount" or "position" ? a[0] : "person")).ToList();
        var e = new EventMention(type, 0, 0, 1, trigger, arguments, null, Modality.Asserted);
        Assert.Equal(expected, FactQueries.Summary(e, new EntityIdentities(arguments, [])));
        Assert.Equal(expected + " (Reuters)", FactQueries.Summary(e with { Attribution = "Reuters" }, new EntityIdentities(arguments, [])));
    }
}
