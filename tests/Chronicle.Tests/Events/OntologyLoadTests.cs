using System.Text.Json.Nodes;
using Chronicle.Domain;
using Chronicle.Events.Ontology;

namespace Chronicle.Tests.Events;

/// <summary>The ontology is compiled at load: every value the code does not know fails it, naming the file and the entry, on one line.</summary>
public class OntologyLoadTests
{
    private static string Original => EmbeddedResources.ReadText(typeof(EventOntology).Assembly, EventOntology.FileName);

    /// <summary>The shipped ontology with one change made to the event type named.</summary>
    private static string With(string type, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Original)!.AsObject();
        change(root["events"]!.AsArray().Select(e => e!.AsObject()).Single(e => (string?)e["type"] == type));
        return root.ToJsonString();
    }

    /// <summary>The shipped ontology with one change made to the claim form at <paramref name="index"/>.</summary>
    private static string WithClaimForm(int index, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Original)!.AsObject();
        change(root["claim_forms"]!.AsArray()[index]!.AsObject());
        return root.ToJsonString();
    }

    public static TheoryData<string, string, string> Broken() => new()
    {
        { "claim form of an unknown relation", WithClaimForm(0, f => f["relation"] = "accused"), "claim form 1 (accused): unknown relation 'accused'" },
        { "claim form with an unknown object", WithClaimForm(1, f => f["object"] = "person"), "claim form 2 (faces_charge): unknown object 'person'" },
        { "claim form without phrases", WithClaimForm(2, f => f["phrases"] = new JsonArray()), "claim form 3 (convicted): needs phrases" },
        { "claim form without examples", WithClaimForm(3, f => f.Remove("examples")), "claim form 4 (convicted): needs at least one example" },
        { "claim form without an object given a prefix", WithClaimForm(6, f => f["object_prefix"] = new JsonArray("in")), "claim form 7 (in_custody): a form without an object takes no" },
        { "unknown op", With("justice.arrest", t => t["effects"]![0]!["op"] = "start"), "event 'justice.arrest', effect 1: unknown op 'start'" },
        { "unknown relation", With("justice.release", t => t["effects"]![0]!["relation"] = "in_jail"), "event 'justice.release', effect 1: unknown relation 'in_jail'" },
        { "unknown frame", With("justice.arrest", t => t["triggers"]![0]!["frame"] = "adjective"), "event 'justice.arrest', trigger 'arrest~': unknown frame 'adjective'" },
        { "unknown role kind", With("justice.arrest", t => t["roles"]![0]!["kind"] = "human"), "event 'justice.arrest', role 'person': unknown kind 'human'" },
        { "unknown fill rule", With("justice.arrest", t => t["roles"]![0]!["fill"]![0] = "subjekt"), "event 'justice.arrest', role 'person': unknown fill rule 'subjekt'" },
        { "unknown voice", With("justice.arrest", t => t["roles"]![0]!["fill"]![0] = "subject@middle"), "event 'justice.arrest', role 'person': unknown voice 'middle'" },
        { "two voices", With("justice.arrest", t => t["roles"]![0]!["fill"]![0] = "subject.active@passive"), "fill rule 'subject.active@passive' names two voices" },
        { "empty preposition", With("justice.arrest", t => t["roles"]![0]!["fill"]![0] = "prep:"), "unknown fill rule 'prep:'" },
        { "effect on an undeclared role", With("life.die", t => t["effects"]![0]!["subject"] = "deceased"), "event 'life.die', effect 1: names undeclared role 'deceased'" },
        { "unknown when", With("personnel.remain", t => t["effects"]![0]!["when"] = "always"), "event 'personnel.remain', effect 1: unknown when 'always'" },
        { "scheduled by a non-time role", With("personnel.remain", t => t["effects"]![1]!["scheduled_by"] = "position"), "scheduled_by 'position' is not a time role" },
        { "unknown pending type", With("personnel.appoint", t => t["pending_type"] = "personnel.hope"), "event 'personnel.appoint': pending_type names unknown event type 'personnel.hope'" },
        { "summary naming an unknown role", With("life.die", t => t["summary"] = "{person} dies"), "event 'life.die': summary '{person} dies' names unknown role 'person'" },
        { "summary with an open bracket", With("life.die", t => t["summary"] = "{victim} dies[ at {victim}"), "event 'life.die': summary '{victim} dies[ at {victim}': '[' without ']'" },
        { "pattern starting with a gap", With("justice.arrest", t => t["triggers"]![0]!["pattern"] = "* arrested"), "event 'justice.arrest', trigger '* arrested': a pattern must start with a word" },
        { "unknown property", With("life.die", t => t["defer_closing"] = true), "defer_closing" },
        { "type without a family", With("life.die", t => t["type"] = "die"), "event type 'die' is not family.name" },
        { "type defined twice", With("life.kill", t => t["type"] = "life.die"), "event 'life.die' is defined twice" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_value_the_code_does_not_know_fails_the_load_naming_file_and_entry(string what, string json, string expected)
    {
        var error = Assert.Throws<OntologyException>(() => EventOntology.Load(json));
        Assert.StartsWith("ontology.json: ", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.NotEmpty(what);
    }

    [Fact]
    public void The_shipped_ontology_loads_and_its_flags_are_where_the_fact_engine_reads_them()
    {
        var ontology = EventOntology.Load(Original);
        var remain = ontology.Find("personnel.remain")!;
        Assert.Contains(remain.Effects, e => e.DefersClosing && e.Op == EffectOp.Affirm);
        Assert.Contains(remain.Effects, e => e.ScheduledBy == "until" && e.Op == EffectOp.Close);
        Assert.True(ontology.Find("entity.rename")!.JoinsNames);
        Assert.False(ontology.Find("personnel.resign")!.JoinsNames);
        Assert.Contains(ontology.Find("personnel.resign")!.Effects, e => e.NamesEnded);
        Assert.Equal(TriggerFrame.Noun, ontology.Find("life.die")!.Triggers.Single(t => t.Pattern == "death").Frame);
        Assert.Equal(RoleKind.Time, remain.Role("until")!.Kind);
    }

    public static TheoryData<string, FillRule> Rules() => new()
    {
        { "slot", new FillRule.Slot() },
        { "subject", new FillRule.Subject() },
        { "subject.active", new FillRule.Subject(Voice.Active) },
        { "subject.passive", new FillRule.Subject(Voice.Passive) },
        { "subject@intransitive", new FillRule.Subject(Voice.Intransitive) },
        { "inside", new FillRule.InsideTrigger() },
        { "object.entity", new FillRule.DirectObject() },
        { "object.active", new FillRule.DirectObject(Voice.Active) },
        { "object.phrase", new FillRule.ObjectPhrase() },
        { "subject.phrase", new FillRule.SubjectPhrase(Voice.Passive) },
        { "object.deal", new FillRule.DealObject() },
        { "subject.passive.deal", new FillRule.DealSubject(Voice.Passive) },
        { "possessor@noun", new FillRule.Possessor(Voice.Noun) },
        { "mention", new FillRule.AnyMention() },
        { "title", new FillRule.Title() },
        { "const:leader", new FillRule.Constant("leader") },
        { "prep:of@noun", new FillRule.Preposition("of", false, Voice.Noun) },
        { "prep*:against", new FillRule.Preposition("against", true) },
        { "subject.passive@Passive", new FillRule.Subject(Voice.Passive) },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Fill_rules_parse_into_their_typed_form(string text, FillRule expected)
    {
        Assert.Equal(expected, FillRule.Parse(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("{person} leaves[ as {position}[ of {organization}]]", "", "", "Ann leaves")]
    [InlineData("{person} leaves[ as {position}[ of {organization}]]", "CEO", "", "Ann leaves as CEO")]
    [InlineData("{person} leaves[ as {position}[ of {organization}]]", "CEO", "Acme", "Ann leaves as CEO of Acme")]
    [InlineData("{person} leaves[ as {position}[ of {organization}]]", "", "Acme", "Ann leaves")]
    [InlineData("{person} becomes [{position}[ of {organization}]]", "", "Acme", "Ann becomes ")]
    [InlineData("charges[ ({position})] against {person} dropped", "fraud", "", "charges (fraud) against Ann dropped")]
    [InlineData("charges[ ({position})] against {person} dropped", "", "", "charges against Ann dropped")]
    public void A_summary_shows_an_optional_part_only_when_its_roles_have_values(string template, string position, string organization, string expected)
    {
        var summary = SummaryTemplate.Parse(template, out var error)!;
        Assert.Null(error);
        string Values(string role) => role switch { "person" => "Ann", "position" => position, "organization" => organization, _ => throw new InvalidOperationException(role) };
        Assert.Equal(expected, summary.Render(Values));
    }

    [Fact]
    public void The_command_line_shows_an_ontology_that_does_not_load_as_one_line_and_exit_70()
    {
        // The ontology loads when its type is first used, so the fault reaches the command line wrapped in a TypeInitializationException.
        var cause = Assert.Throws<OntologyException>(() => EventOntology.Load(With("justice.arrest", t => t["roles"]![0]!["fill"]![0] = "subjekt")));
        var fault = Chronicle.Cli.Faults.Describe(new TypeInitializationException("Chronicle.Events.Ontology.EventOntology", cause));
        Assert.NotNull(fault);
        Assert.Equal(70, fault.Status);
        Assert.Contains("ontology.json: event 'justice.arrest', role 'person': unknown fill rule 'subjekt'", fault.Message);
        Assert.DoesNotContain('\n', fault.Message);
    }
}
