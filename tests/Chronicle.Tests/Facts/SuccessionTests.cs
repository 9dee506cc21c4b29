using Chronicle.Facts;

namespace Chronicle.Tests.Facts;

/// <summary>
/// The succession across entities reads the holders of an office once per question (an answer over every entity asks
/// about hundreds of organizations) and tells organizations apart as one read per organization did.
/// </summary>
public class SuccessionTests
{
    private const string Office = "chief executive officer";

    /// <summary>Versions kept in memory, counting the reads a question makes.</summary>
    private sealed class CountedStates(params StateVersion[] versions) : IFactStates
    {
        public int Reads { get; private set; }

        public IReadOnlyList<StateVersion> Read(FactStateQuery query)
        {
            Reads++;
            return versions.Where(query.Matches).ToList();
        }
    }

    private static StateVersion Holder(string person, string organization, string from, string? storedOrganization = null)
    {
        var day = DateOnly.Parse(from);
        var source = new FactSource("doc-" + person, day, person + " was named chief executive.", "personnel.appoint", "named", Chronicle.Domain.Events.Modality.Asserted, null, from, "doc-" + person);
        return new StateVersion(person, "holds_position", person, null, Office, null, organization, null, Chronicle.Domain.Time.DateInterval.Day(day), null, true, false, null, [source], day, null)
        {
            StoredQualifierName = storedOrganization ?? FactStateQuery.NameKey(organization),
        };
    }

    [Fact]
    public void Terms_end_where_the_next_holder_of_the_same_organizations_office_began_reading_the_office_once()
    {
        var first = Holder("Ada Brook", "Northwind Rail", "2020-02-03");
        var other = Holder("Lena Ort", "Southway Bus", "2021-05-01");
        var next = Holder("Carl Dunn", "Northwind Rail", "2022-09-05");
        var states = new CountedStates(first, other, next);
        var succession = new Succession(states, FactEngine.Default);
        var day = new DateOnly(2023, 1, 1);

        Assert.True(FactEngine.Default.SingleHolder(Office));
        Assert.Equal(next.FromKey, succession.Ended(first, day).ToKey);
        Assert.Equal("personnel.appoint: named (doc-Carl Dunn)", succession.Ended(first, day).EndedBy);
        Assert.Null(succession.Ended(other, day).ToKey);
        Assert.Null(succession.Ended(next, day).ToKey);
        Assert.Equal("Ada Brook", Assert.Single(succession.Predecessors(next, day)).Subject);
        Assert.Equal(1, states.Reads);
    }

    /// <summary>A store finds a holder by the organization its own events named and keeps it if the name it is shown
    /// by matches too: a holder whose two names differ ends no one's term, as before the office was read whole.</summary>
    [Fact]
    public void A_holder_whose_stored_organization_differs_from_the_one_shown_is_no_successor()
    {
        var first = Holder("Ada Brook", "Northwind Rail", "2020-02-03");
        var renamed = Holder("Carl Dunn", "Northwind Rail", "2022-09-05", storedOrganization: FactStateQuery.NameKey("Northwind Railway Holdings"));
        var succession = new Succession(new CountedStates(first, renamed), FactEngine.Default);

        Assert.Null(succession.Ended(first, new DateOnly(2023, 1, 1)).ToKey);
        Assert.Empty(succession.Predecessors(renamed, new DateOnly(2023, 1, 1)));
    }
}
