using Chronicle.Domain.Entities;
using Chronicle.Domain.Events;
using Chronicle.Entities.Linking;

namespace Chronicle.Tests.Entities;

/// <summary>Which of the document's entity mentions each event argument names (the key stored with the argument).</summary>
public class ArgumentEntitiesTests
{
    private static EntityMention Mention(int start, string text, EntityType type, int chain, string? canonical = null) =>
        new(start, start + text.Length, text, type, canonical ?? text) { Chain = chain };

    private static EventArgument Argument(string value, int start, int end, string kind = "person", string role = "person") =>
        new(role, value, value, start, end, kind);

    private static int? ChainOf(EventArgument argument, params EntityMention[] mentions) =>
        ArgumentEntities.Chains([new EventMention("personnel.appoint", 0, 0, 1, "named", [argument], null)], mentions)[0][0];

    [Fact]
    public void An_argument_takes_the_mention_at_its_offsets_or_the_one_its_trimmed_span_lies_in()
    {
        // "Prime Minister Rishi Sunak": the entity stage's mention covers the title, the argument only the name.
        var mention = Mention(0, "Prime Minister Rishi Sunak", EntityType.Person, 4, "Rishi Sunak");
        Assert.Equal(4, ChainOf(Argument("Rishi Sunak", 15, 26), mention));
        Assert.Equal(4, ChainOf(Argument("Rishi Sunak", 0, 26), mention));
    }

    [Fact]
    public void An_argument_no_mention_covers_or_names_stays_unresolved()
    {
        var other = Mention(40, "Kestrel Mining", EntityType.Organization, 1);
        Assert.Null(ChainOf(Argument("Nora Baldwin", 0, 12), other));
        Assert.Null(ChainOf(Argument("Nora Baldwin", 0, 12)));
        // A charge or a position names no entity, whatever it overlaps.
        Assert.Null(ChainOf(new EventArgument("charge", "fraud", "fraud", 40, 45, "charge"), other));
    }

    [Fact]
    public void Of_two_overlapping_mentions_the_argument_takes_the_wider_overlap_of_its_own_type()
    {
        // "Apple CEO Tim Cook" read by the entity stage as an organization and a person: the person argument is Cook.
        var apple = Mention(0, "Apple", EntityType.Organization, 1);
        var cook = Mention(10, "Tim Cook", EntityType.Person, 2);
        Assert.Equal(2, ChainOf(Argument("Tim Cook", 6, 18), apple, cook));
        Assert.Equal(1, ChainOf(Argument("Apple", 0, 5, "org", "organization"), apple, cook));
        // A mention of another type is not the argument's entity, even when it is the only one there.
        var whole = Mention(0, "Apple CEO Tim Cook", EntityType.Person, 3);
        Assert.Null(ChainOf(Argument("Apple", 0, 5, "org", "organization"), whole));
    }

    [Fact]
    public void A_long_mention_that_starts_before_shorter_ones_still_covers_an_argument_inside_it()
    {
        // The search skips mentions that end before the argument; a long one that starts first must not be skipped.
        var before = Mention(0, "Downing", EntityType.Location, 9);
        var board = Mention(10, "Prime Minister and First Lord of the Treasury Rishi Sunak", EntityType.Person, 7, "Rishi Sunak");
        var treasury = Mention(47, "Treasury", EntityType.Organization, 8);
        Assert.Equal(7, ChainOf(Argument("Rishi Sunak", 56, 67), before, board, treasury));
        Assert.Null(ChainOf(Argument("Nora Baldwin", 70, 82), before, board, treasury));
    }

    [Fact]
    public void Arguments_of_one_name_but_other_kinds_are_decided_apart()
    {
        // The chain a name stands for is remembered per name and kind: a person argument "Baldwin" is the person,
        // an organization argument of the same name is the company, in one document.
        var person = Mention(0, "Baldwin", EntityType.Person, 1, "Alec Baldwin");
        var company = Mention(30, "Baldwin", EntityType.Organization, 2, "Baldwin Locomotive");
        var events = new[]
        {
            new EventMention("personnel.appoint", 0, 0, 1, "named", [Argument("Baldwin", 0, 0)], null),
            new EventMention("personnel.appoint", 0, 0, 1, "named", [Argument("Baldwin", 0, 0, "org", "organization")], null),
            new EventMention("personnel.appoint", 0, 0, 1, "named", [Argument("Baldwin", 0, 0)], null),
        };
        var chains = ArgumentEntities.Chains(events, [person, company]);
        Assert.Equal([1, 2, 1], chains.Select(row => row[0]));
    }

    [Fact]
    public void An_argument_without_a_span_takes_the_one_chain_its_value_names()
    {
        var uk = Mention(10, "UK", EntityType.Location, 5, "United Kingdom");
        var context = new EventArgument("org_context", "United Kingdom", "United Kingdom", 0, 0, "org");
        Assert.Equal(5, ChainOf(context, uk));
        // Two chains of one name (two people the entity stage kept apart): neither.
        var first = Mention(0, "Baldwin", EntityType.Person, 1, "Alec Baldwin");
        var second = Mention(30, "Baldwin", EntityType.Person, 2, "Stephen Baldwin");
        Assert.Null(ChainOf(Argument("Baldwin", 0, 0), first, second));
        Assert.Equal(2, ChainOf(Argument("Stephen Baldwin", 0, 0), first, second));
    }

    [Fact]
    public void Keys_are_the_linked_entities_of_the_chains()
    {
        var analysis = new Chronicle.Domain.Documents.DocumentAnalysis(new Chronicle.Domain.Documents.Document("d", new DateOnly(2024, 1, 1), "Nora Baldwin resigned."))
        {
            Entities = [Mention(0, "Nora Baldwin", EntityType.Person, 0)],
            Events = [new EventMention("personnel.resign", 0, 13, 21, "resigned", [Argument("Nora Baldwin", 0, 12), new EventArgument("position", "chief", "chief", 0, 0, "position")], null)],
        };
        var keys = ArgumentEntities.Keys(analysis, new Dictionary<int, long> { [0] = 42 });
        Assert.Equal([42L, null], keys[0]);
    }

    [Fact]
    public void A_description_goes_by_the_name_the_event_stage_resolved_it_to()
    {
        // The entity stage chained "the actor" to the first person of the page; the event stage read it as Alec Baldwin.
        var other = Mention(0, "Nicola Sturgeon", EntityType.Person, 0);
        var description = Mention(40, "the actor", EntityType.Person, 0, "Nicola Sturgeon") with { Kind = MentionKind.Nominal };
        var actor = Mention(80, "Alec Baldwin", EntityType.Person, 3);
        Assert.Equal(3, ChainOf(new EventArgument("defendant", "Alec Baldwin", "the actor", 40, 49, "person"), other, description, actor));
    }
}
