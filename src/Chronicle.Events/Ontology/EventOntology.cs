using System.Text.Json;
using System.Text.Json.Serialization;
using Chronicle.Domain;

namespace Chronicle.Events.Ontology;

/// <summary>The event ontology read from Resources/ontology.json: event types, triggers, roles and state effects.</summary>
public sealed class EventOntology
{
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static EventOntology Default { get; } = Load(EmbeddedResources.ReadText(typeof(EventOntology).Assembly, "ontology.json"));

    public required IReadOnlyDictionary<string, string> Relations { get; init; }
    public required IReadOnlyList<EventTypeDefinition> Events { get; init; }
    private Dictionary<string, EventTypeDefinition> _byType = [];

    public EventTypeDefinition? Find(string type) => _byType.GetValueOrDefault(type);

    public static EventOntology Load(string json)
    {
        var file = JsonSerializer.Deserialize<OntologyFile>(json, JsonOptions) ?? throw new InvalidDataException("empty ontology");
        var ontology = new EventOntology { Relations = file.Relations, Events = file.Events };
        ontology._byType = file.Events.ToDictionary(e => e.Type, StringComparer.Ordinal);
        foreach (var type in file.Events)
            foreach (var effect in type.Effects)
                if (!file.Relations.ContainsKey(effect.Relation))
                    throw new InvalidDataException($"{type.Type}: effect on unknown relation '{effect.Relation}'");
        return ontology;
    }

    private sealed record OntologyFile(Dictionary<string, string> Relations, List<EventTypeDefinition> Events);
}

public sealed record EventTypeDefinition(
    string Type,
    string? Ace,
    IReadOnlyList<RoleDefinition> Roles,
    IReadOnlyList<TriggerDefinition> Triggers,
    IReadOnlyList<EffectDefinition> Effects,
    IReadOnlyList<ExampleDefinition>? Examples = null,
    RequirementDefinition? Requires = null,
    string? PendingType = null,
    bool DefersClosing = false)
{
    public string Family => Type[..Type.IndexOf('.')];
    public RoleDefinition? Role(string name) => Roles.FirstOrDefault(r => r.Name == name);
}

/// <summary>kind: person, org, entity, charge, position, sentence, amount, time.</summary>
public sealed record RoleDefinition(string Name, string Kind, IReadOnlyList<string>? Fill = null, bool Required = false)
{
    public bool IsEntity => Kind is "person" or "org" or "entity";
}

public sealed record TriggerDefinition(string Pattern, string Frame = "verb");

public sealed record EffectDefinition(
    string Op,
    string Relation,
    string? Subject = null,
    string? Object = null,
    string? When = null,
    bool Succession = false,
    bool Presuppose = false,
    bool AnySubject = false)
{
    public bool AppliesToExpected => When == "any";
}

public sealed record RequirementDefinition(IReadOnlyList<string>? ChargeHeads = null, IReadOnlyList<string>? DealWords = null);

public sealed record ExampleDefinition(string Text, string Dct, ExampleExpectation Expect, bool KnownGap = false);

public sealed record ExampleExpectation(
    string? Modality = null,
    Dictionary<string, string>? Args = null,
    string? Time = null,
    string? Attribution = null);
