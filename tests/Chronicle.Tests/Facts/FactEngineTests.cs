using Chronicle.Domain.Events;
using Chronicle.Facts;

namespace Chronicle.Tests.Facts;

public class FactEngineTests
{
    private static long _id;

    private static EventRecord Event(string type, string reported, string? time, Modality modality, params (string Role, string Value, string Kind)[] args) =>
        new(++_id, "doc" + _id, DateOnly.Parse(reported), $"sentence {_id}",
            new EventMention(type, 0, 0, 1, type, args.Select(a => new EventArgument(a.Role, a.Value, a.Value, 0, 1, a.Kind)).ToList(), time, modality)
            {
                TimeAnchor = time is null ? TimeAnchor.Undated : TimeAnchor.Explicit,
            });

    private static (string, string, string) Person(string role, string name) => (role, name, "person");
    private static (string, string, string) Charge(string value) => ("charge", value, "charge");

    [Fact]
    public void Separate_periods_stay_separate_and_expected_changes_do_not_close()
    {
        var events = new[]
        {
            Event("justice.charge", "2023-01-31", "2023-01-31", Modality.Asserted, Person("defendant", "Alec Baldwin"), Charge("involuntary manslaughter")),
            Event("justice.drop_charges", "2023-04-20", "2023-04-20", Modality.Expected, Person("defendant", "Alec Baldwin")),
            Event("justice.drop_charges", "2023-04-22", "2023-04-21", Modality.Asserted, Person("defendant", "Baldwin")),
            Event("justice.charge", "2024-01-19", "2024-01-19", Modality.Asserted, Person("defendant", "Alec Baldwin"), Charge("involuntary manslaughter")),
        };
        var facts = FactEngine.Default.Compute(events, DateOnly.Parse("2024-02-01"));
        var periods = facts.States.Where(s => s.Relation == "faces_charge").OrderBy(s => s.FromKey).ToList();
        Assert.Equal(2, periods.Count);
        Assert.Equal("2023-04-21", periods[0].ValidTo);
        Assert.Single(periods[0].Pending);
        Assert.True(periods[1].HoldsOn(DateOnly.Parse("2024-02-01")));
        Assert.False(periods[0].HoldsOn(DateOnly.Parse("2023-05-01")));
    }

    [Fact]
    public void A_closing_event_closes_only_its_subject()
    {
        var events = new[]
        {
            Event("justice.charge", "2023-01-31", "2023-01-31", Modality.Asserted, Person("defendant", "Alec Baldwin"), Person("defendant", "Hannah Gutierrez-Reed"), Charge("involuntary manslaughter")),
            Event("justice.drop_charges", "2023-04-21", "2023-04-21", Modality.Asserted, Person("defendant", "Alec Baldwin")),
        };
        var facts = FactEngine.Default.Compute(events, DateOnly.Parse("2023-05-01"));
        Assert.Contains(facts.States, s => s.Subject == "Hannah Gutierrez-Reed" && s.IsOpen);
        Assert.Contains(facts.States, s => s.Subject == "Alec Baldwin" && !s.IsOpen);
    }

    [Fact]
    public void Leaving_a_post_at_the_short_name_of_an_organization_ends_the_post_at_its_longer_name()
    {
        var events = new[]
        {
            Event("personnel.described", "2015-03-02", "2015-03-02", Modality.Asserted, Person("person", "Dana Whitfield"), ("position", "chief executive officer", "position"), ("organization", "Northwind Computer", "org")),
            Event("personnel.resign", "2019-05-02", "2019-05-01", Modality.Asserted, Person("person", "Dana Whitfield"), ("position", "chief executive officer", "position"), ("organization", "Northwind", "org")),
        };
        var facts = FactEngine.Default.Compute(events, DateOnly.Parse("2019-06-01"));
        var post = Assert.Single(facts.States, s => s.Relation == "holds_position");
        Assert.False(post.HoldsOn(DateOnly.Parse("2019-06-01")));
    }

    [Fact]
    public void A_new_holder_of_a_singleton_position_ends_the_previous_term()
    {
        var events = new[]
        {
            Event("personnel.take_office", "2022-09-06", "2022-09-06", Modality.Asserted, Person("person", "Liz Truss"), ("position", "prime minister", "position"), ("organization", "United Kingdom", "org")),
            Event("personnel.take_office", "2022-10-25", "2022-10-25", Modality.Asserted, Person("person", "Rishi Sunak"), ("position", "prime minister", "position"), ("organization", "UK", "org")),
        };
        var facts = FactEngine.Default.Compute(events, DateOnly.Parse("2022-10-26"));
        var truss = Assert.Single(facts.States, s => s.Subject == "Liz Truss");
        Assert.Equal("2022-10-25", truss.ValidTo);
        Assert.Contains(facts.States, s => s.Subject == "Rishi Sunak" && s.IsOpen);
    }

    [Fact]
    public void A_scheduled_departure_takes_effect_on_its_date()
    {
        var events = new[]
        {
            Event("personnel.described", "2023-10-13", "2023-10-13", Modality.Asserted, Person("person", "Bobby Kotick"), ("position", "chief executive officer", "position"), ("organization", "Activision Blizzard", "org")),
            Event("personnel.resign", "2023-12-20", "2023-12-29", Modality.Expected, Person("person", "Bobby Kotick")),
        };
        Assert.True(FactEngine.Default.Compute(events, DateOnly.Parse("2023-12-21")).States.Single().HoldsOn(DateOnly.Parse("2023-12-21")));
        Assert.Equal("2023-12-29", FactEngine.Default.Compute(events, DateOnly.Parse("2024-01-15")).States.Single().ValidTo);
    }

    [Fact]
    public void A_state_keeps_the_granularity_of_the_dates_that_open_and_close_it()
    {
        var events = new[]
        {
            Event("justice.charge", "2023-04-25", "2023-W16", Modality.Asserted, Person("defendant", "Alec Baldwin"), Charge("involuntary manslaughter")),
            Event("justice.drop_charges", "2023-06-02", "2023-05", Modality.Asserted, Person("defendant", "Alec Baldwin")),
        };
        var state = FactEngine.Default.Compute(events, DateOnly.Parse("2023-07-01")).States.Single(s => s.Relation == "faces_charge");
        Assert.Equal(Chronicle.Domain.Time.TimexGranularity.Week, state.From!.Value.Granularity);
        Assert.Equal(("2023-W16", DateOnly.Parse("2023-04-17")), (state.ValidFrom, state.FromKey));
        Assert.Equal(Chronicle.Domain.Time.TimexGranularity.Month, state.To!.Value.Granularity);
        Assert.Equal(("2023-05", DateOnly.Parse("2023-05-01")), (state.ValidTo, state.ToKey));
        Assert.True(state.HoldsOn(DateOnly.Parse("2023-04-30")));
        Assert.False(state.HoldsOn(DateOnly.Parse("2023-05-01")));
    }
}

public class KeyedFactEngineTests
{
    private static EventRecord Event(long id, string type, string reported, params EventArgument[] args) =>
        new(id, "doc" + id, DateOnly.Parse(reported), $"sentence {id}", new EventMention(type, 0, 0, 1, type, args, reported) { TimeAnchor = TimeAnchor.Explicit });

    [Fact]
    public void A_resignation_by_surname_closes_the_post_of_the_entity_the_store_resolved_it_to()
    {
        EventArgument Person(string name, long key) => new("person", name, name, 0, 1, "person", key);
        var post = new EventArgument("position", "chief executive officer", "chief executive", 0, 1, "position");
        var company = new EventArgument("organization", "Kestrel Mining", "Kestrel Mining", 0, 1, "org", 3);
        var events = new[]
        {
            Event(1, "justice.charge", "2023-01-10", Person("Marcus Baldwin", 1), new EventArgument("charge", "fraud", "fraud", 0, 1, "charge")),
            Event(2, "justice.charge", "2023-02-14", Person("Marcus Baldwin", 1), new EventArgument("charge", "fraud", "fraud", 0, 1, "charge")),
            Event(3, "personnel.appoint", "2023-03-01", Person("Nora Baldwin", 2), post, company),
            Event(4, "personnel.resign", "2023-05-01", Person("Baldwin", 2), post, company),
        };
        var facts = FactEngine.Default.Compute(events, DateOnly.Parse("2023-06-01"));
        var held = Assert.Single(facts.States, s => s.Relation == "holds_position");
        Assert.Equal("Nora Baldwin", held.Subject);
        Assert.Equal("2023-05-01", held.ValidTo);
        Assert.DoesNotContain(facts.States, s => s.Subject == "Marcus Baldwin" && s.Relation == "holds_position");

        // The same events without keys: the surname goes to the Baldwin named most, and her post stays open.
        static EventArgument Strip(EventArgument a) => a with { EntityKey = null };
        var unkeyed = events.Select(r => r with { Event = r.Event with { Arguments = r.Event.Arguments.Select(Strip).ToList() } }).ToList();
        var byName = FactEngine.Default.Compute(unkeyed, DateOnly.Parse("2023-06-01"));
        Assert.Contains(byName.States, s => s.Relation == "holds_position" && s.Subject == "Nora Baldwin" && s.IsOpen);
    }
}
