using System.Text.Json;
using System.Text.Json.Serialization;
using Chronicle.Events.Extraction;

namespace Chronicle.Events.Ontology;

/// <summary>
/// Reads ontology.json as written (strings) and compiles it into typed definitions, checking every value once:
/// an unknown property, op, frame, role kind, fill rule, relation, role reference or summary placeholder throws an
/// <see cref="OntologyException"/> naming the file and the event type.
/// </summary>
internal static class OntologyCompiler
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private sealed record File([property: JsonPropertyName("_doc")] List<string>? Doc, Dictionary<string, string> Relations, List<ClaimForm>? ClaimForms, List<EventType> Events);
    private sealed record ClaimForm(
        string Relation, List<string> Phrases, string Object, bool ObjectRequired, List<string>? ObjectPrefix, bool ObjectFirst, bool TargetLast,
        bool OneObject, bool SingletonOnly, List<ClaimFormExample>? Examples);
    private sealed record EventType(
        string Type, string? Ace, List<Role> Roles, List<Trigger> Triggers, List<Effect> Effects, List<ExampleDefinition>? Examples,
        RequirementDefinition? Requires, string? PendingType, string? Summary, List<TriggerSummaryText>? TriggerSummaries);
    private sealed record Role(string Name, string Kind, List<string>? Fill, bool Required);
    private sealed record Trigger(string Pattern, string? Frame);
    private sealed record Effect(
        string Op, string Relation, string? Subject, string? Object, string? When, bool Succession, bool Presuppose, bool AnySubject,
        bool DefersClosing, bool NamesEnded, bool JoinsNames, string? ScheduledBy);
    private sealed record TriggerSummaryText(string TriggerContains, string Summary);

    public static EventOntology Compile(string json, string source)
    {
        File file;
        try
        {
            file = JsonSerializer.Deserialize<File>(json, JsonOptions) ?? throw new OntologyException($"{source}: empty");
        }
        catch (JsonException e)
        {
            throw new OntologyException($"{source}: {e.Message.Split('\n')[0]}");
        }
        if (file.Relations is null || file.Events is null) throw new OntologyException($"{source}: needs \"relations\" and \"events\"");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in file.Events)
        {
            if (string.IsNullOrEmpty(t.Type) || t.Type.IndexOf('.') <= 0) throw new OntologyException($"{source}: event type '{t.Type}' is not family.name");
            if (!names.Add(t.Type)) throw new OntologyException($"{source}: event '{t.Type}' is defined twice");
        }
        var events = file.Events.Select(t => CompileType(t, file.Relations, names, (entry, message) => new OntologyException($"{source}: event '{t.Type}'{entry}: {message}"))).ToList();
        var claimForms = (file.ClaimForms ?? []).Select((f, i) => CompileClaimForm(f, file.Relations, message => new OntologyException($"{source}: claim form {i + 1} ({f.Relation}): {message}"))).ToList();
        return new EventOntology
        {
            Relations = file.Relations,
            ClaimForms = claimForms,
            Events = events,
            ByType = events.ToDictionary(e => e.Type, StringComparer.Ordinal),
        };
    }

    private static EventTypeDefinition CompileType(EventType t, Dictionary<string, string> relations, HashSet<string> types, Func<string, string, OntologyException> fail)
    {
        var roles = (t.Roles ?? []).Select(r => CompileRole(r, fail)).ToList();
        if (roles.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count() != roles.Count) throw fail("", "a role is declared twice");
        var byName = roles.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var triggers = (t.Triggers ?? []).Select(tr => new TriggerDefinition(tr.Pattern,
            tr.Frame is null ? TriggerFrame.Verb : OntologyTerms.TryFrame(tr.Frame, out var frame) ? frame : throw fail($", trigger '{tr.Pattern}'", $"unknown frame '{tr.Frame}'"))).ToList();
        var effects = (t.Effects ?? []).Select((e, i) => CompileEffect(e, relations, byName, m => fail($", effect {i + 1}", m))).ToList();
        if (t.PendingType is { } pending && !types.Contains(pending)) throw fail("", $"pending_type names unknown event type '{pending}'");
        // Summaries may name a role's values and the organization a position phrase names.
        bool Known(string role) => byName.ContainsKey(role) || role == "organization" && roles.Any(r => r.Kind == RoleKind.Position);
        SummaryTemplate Summary(string text)
        {
            var template = SummaryTemplate.Parse(text, out var error) ?? throw fail("", error!);
            if (template.Roles.FirstOrDefault(r => !Known(r)) is { } unknown) throw fail("", $"summary '{text}' names unknown role '{unknown}'");
            return template;
        }
        var type = new EventTypeDefinition(
            t.Type, t.Ace, roles, triggers, effects, t.Examples ?? [], t.Requires, t.PendingType,
            t.Summary is null ? null : Summary(t.Summary),
            t.TriggerSummaries?.Select(s => new TriggerSummary(s.TriggerContains, Summary(s.Summary))).ToList());
        // A pattern's syntax is checked by compiling it as the extractor will.
        foreach (var trigger in triggers)
        {
            try { _ = new TriggerPattern(type, trigger); }
            catch (InvalidDataException e) { throw fail($", trigger '{trigger.Pattern}'", e.Message); }
        }
        return type;
    }

    private static ClaimFormDefinition CompileClaimForm(ClaimForm f, Dictionary<string, string> relations, Func<string, OntologyException> fail)
    {
        if (f.Relation is null || !relations.ContainsKey(f.Relation)) throw fail($"unknown relation '{f.Relation}'");
        if (!Enum.TryParse<ClaimObject>(f.Object, ignoreCase: true, out var obj) || !f.Object.All(char.IsLower)) throw fail($"unknown object '{f.Object}' (none, position, organization, charge, text, names)");
        if (f.Phrases is not { Count: > 0 } || f.Phrases.Any(string.IsNullOrWhiteSpace)) throw fail("needs phrases");
        if (f.Examples is not { Count: > 0 }) throw fail("needs at least one example");
        if (obj == ClaimObject.None && (f.ObjectRequired || f.ObjectPrefix is { Count: > 0 } || f.ObjectFirst)) throw fail("a form without an object takes no object_required, object_prefix or object_first");
        var pattern = ClaimFormPattern.Build(f.Phrases, obj, f.ObjectRequired, f.ObjectPrefix ?? [], f.ObjectFirst);
        return new ClaimFormDefinition(f.Relation, pattern, obj, f.ObjectRequired, f.ObjectFirst, f.TargetLast, f.OneObject, f.SingletonOnly, f.Examples);
    }

    private static RoleDefinition CompileRole(Role r, Func<string, string, OntologyException> fail)
    {
        if (!OntologyTerms.TryKind(r.Kind, out var kind)) throw fail($", role '{r.Name}'", $"unknown kind '{r.Kind}'");
        var rules = (r.Fill ?? []).Select(text => FillRule.Parse(text, out var error) ?? throw fail($", role '{r.Name}'", error!)).ToList();
        return new RoleDefinition(r.Name, kind, rules, r.Required);
    }

    private static EffectDefinition CompileEffect(Effect e, Dictionary<string, string> relations, Dictionary<string, RoleDefinition> roles, Func<string, OntologyException> fail)
    {
        if (!OntologyTerms.TryOp(e.Op, out var op)) throw fail($"unknown op '{e.Op}'");
        if (e.Relation is null || !relations.ContainsKey(e.Relation)) throw fail($"unknown relation '{e.Relation}'");
        if (e.When is not (null or "any")) throw fail($"unknown when '{e.When}' (only \"any\")");
        foreach (var role in new[] { e.Subject, e.Object })
            if (role is not null && !roles.ContainsKey(role)) throw fail($"names undeclared role '{role}'");
        if (e.Subject is null && !e.AnySubject) throw fail("needs a subject (or any_subject)");
        if (e.ScheduledBy is { } at && roles.GetValueOrDefault(at)?.Kind != RoleKind.Time) throw fail($"scheduled_by '{at}' is not a time role");
        if ((e.NamesEnded || e.JoinsNames) && e.Object is null) throw fail("names_ended and joins_names need an object");
        return new EffectDefinition(op, e.Relation, e.Subject, e.Object, e.When == "any", e.Succession, e.Presuppose, e.AnySubject,
            e.DefersClosing, e.NamesEnded, e.JoinsNames, e.ScheduledBy);
    }
}
