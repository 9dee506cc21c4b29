using Chronicle.Domain;

namespace Chronicle.Events.Ontology;

/// <summary>
/// The event ontology read from Resources/ontology.json and compiled at load (<see cref="OntologyCompiler"/>): event
/// types with typed triggers, roles, fill rules, effects and timeline summaries. A value the code does not know fails
/// the load with an <see cref="OntologyException"/> naming the file and the entry.
/// </summary>
public sealed class EventOntology
{
    public const string FileName = "ontology.json";

    public static EventOntology Default { get; } = Load(EmbeddedResources.ReadText(typeof(EventOntology).Assembly, FileName));

    public required IReadOnlyDictionary<string, string> Relations { get; init; }
    public required IReadOnlyList<EventTypeDefinition> Events { get; init; }

    /// <summary>How claims name the relations, tried in order by the claim parser: the first form that reads the claim wins.</summary>
    public IReadOnlyList<ClaimFormDefinition> ClaimForms { get; init; } = [];
    internal IReadOnlyDictionary<string, EventTypeDefinition> ByType { get; init; } = new Dictionary<string, EventTypeDefinition>();

    public EventTypeDefinition? Find(string type) => ByType.GetValueOrDefault(type);

    /// <param name="source">The file name the errors name.</param>
    public static EventOntology Load(string json, string source = FileName) => OntologyCompiler.Compile(json, source);
}

/// <summary>An ontology file that does not load: the message names the file and the entry, on one line.</summary>
public sealed class OntologyException(string message) : Exception(message);

public sealed record EventTypeDefinition(
    string Type,
    string? Ace,
    IReadOnlyList<RoleDefinition> Roles,
    IReadOnlyList<TriggerDefinition> Triggers,
    IReadOnlyList<EffectDefinition> Effects,
    IReadOnlyList<ExampleDefinition> Examples,
    RequirementDefinition? Requires = null,
    string? PendingType = null,
    SummaryTemplate? Summary = null,
    IReadOnlyList<TriggerSummary>? TriggerSummaries = null)
{
    public string Family => Type[..Type.IndexOf('.')];
    public RoleDefinition? Role(string name) => Roles.FirstOrDefault(r => r.Name == name);

    /// <summary>A rename joins two names of one entity rather than telling something that happened to it.</summary>
    public bool JoinsNames => Effects.Any(e => e.JoinsNames);

    /// <summary>The summary for a mention with this trigger: the first trigger-specific one whose words it contains, else the type's.</summary>
    public SummaryTemplate? SummaryFor(string trigger) =>
        TriggerSummaries?.FirstOrDefault(s => trigger.Contains(s.TriggerContains, StringComparison.OrdinalIgnoreCase))?.Summary ?? Summary;
}

/// <summary>A summary used when the trigger contains some words ("pleads not guilty" for a charge read from "not guilty").</summary>
public sealed record TriggerSummary(string TriggerContains, SummaryTemplate Summary);

public sealed record RoleDefinition(string Name, RoleKind Kind, IReadOnlyList<FillRule> Fill, bool Required = false)
{
    public bool IsEntity => Kind.NamesEntity();
}

public sealed record TriggerDefinition(string Pattern, TriggerFrame Frame = TriggerFrame.Verb);

/// <param name="AppliesToExpected">"when": "any": applies even to expected events (a planned resignation presupposes the position is held).</param>
/// <param name="Succession">Opening a singleton position closes its other holders.</param>
/// <param name="Presuppose">An expected closing still says the state holds now; a closing with nothing to close says it held.</param>
/// <param name="AnySubject">Closes the relation for every subject with the object.</param>
/// <param name="DefersClosing">"will remain prime minister until a successor is chosen": the same article's undated closings of the relation for the subject are only announced.</param>
/// <param name="NamesEnded">A report naming the object tells which object the same article's closings of the relation for the subject that name none end.</param>
/// <param name="JoinsNames">The subject and object are two names of one entity (a rename).</param>
/// <param name="ScheduledBy">A time role: the effect is planned from the report and takes place on the last day that time names.</param>
public sealed record EffectDefinition(
    EffectOp Op,
    string Relation,
    string? Subject = null,
    string? Object = null,
    bool AppliesToExpected = false,
    bool Succession = false,
    bool Presuppose = false,
    bool AnySubject = false,
    bool DefersClosing = false,
    bool NamesEnded = false,
    bool JoinsNames = false,
    string? ScheduledBy = null);

public sealed record RequirementDefinition(IReadOnlyList<string>? ChargeHeads = null, IReadOnlyList<string>? DealWords = null);

public sealed record ExampleDefinition(string Text, string Dct, ExampleExpectation Expect, bool KnownGap = false);

public sealed record ExampleExpectation(
    string? Modality = null,
    Dictionary<string, string>? Args = null,
    string? Time = null,
    string? Attribution = null);
