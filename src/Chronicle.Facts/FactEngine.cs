using Chronicle.Domain.Time;
using Chronicle.Events.Names;
using Chronicle.Domain.Events;
using Chronicle.Events.Extraction;
using Chronicle.Events.Ontology;

namespace Chronicle.Facts;

/// <summary>
/// Turns event records into states with validity periods, following the ontology's effects. Pure and
/// deterministic: the caller passes only events reported on or before the as-of date, so answers never use
/// later articles. Closing events close only states of the same subject (and object where they name one);
/// separate periods stay separate; expected changes wait until their date; reports that disagree are kept.
/// </summary>
/// <remarks>
/// Effects are applied in the order they became known: by the day they were reported (a scheduled change on the
/// day it was due, once that day is past the as-of date), then by the event's own date within a day. So the states
/// as of D are the states after the days up to D, and one pass over a subject's events gives every state it had
/// as of every date (<see cref="Versions"/>), which is what the store keeps.
/// </remarks>
public sealed class FactEngine(EventOntology ontology, Lexicon lexicon)
{
    public static FactEngine Default { get; } = new(EventOntology.Default, Lexicon.Default);

    /// <summary>Which partitions each effect belongs to.</summary>
    public FactPartitions Partitions { get; } = new(ontology);

    /// <summary>Whether an office has one holder at a time, so that a new holder ends the previous one's term.</summary>
    public bool SingleHolder(string position) => lexicon.FindPosition(position) is { Singleton: true };

    private sealed record Effect(
        EffectDefinition Definition, EventRecord Record, string Subject, string? Object, string? Qualifier, IReadOnlyList<string> Context,
        DateOnly Key, DateInterval? Date, bool Undated, bool Effective, bool Scheduled, bool Deferred, DateOnly KnownOn, string Partition);

    /// <param name="partition">Only the effects of this partition (<see cref="FactPartitions"/>); null: all.</param>
    public FactSet Compute(IReadOnlyList<EventRecord> records, DateOnly asOf, string? partition = null)
    {
        var identities = Identities(records);
        var states = Fold(records, asOf, partition, identities, afterDay: null);
        return new FactSet(states.All, identities);
    }

    /// <summary>
    /// Every state of one partition (<see cref="FactPartitions"/>) as it was known on each day: a version per change
    /// of what an answer shows, known from the day it appeared until the day it changed (open: still current).
    /// The versions known on D are exactly <see cref="Compute"/> of the partition's events reported up to D.
    /// </summary>
    public IReadOnlyList<StateVersion> Versions(IReadOnlyList<EventRecord> records, string partition)
    {
        var identities = Identities(records);
        var versions = new StateVersions(partition, identities);
        Fold(records, DateOnly.MaxValue, partition, identities, versions.After);
        return versions.All;
    }

    private EntityIdentities Identities(IReadOnlyList<EventRecord> records)
    {
        var aliases = new List<(string, string)>();
        foreach (var r in records)
            foreach (var effect in EffectsOf(r, e => e.JoinsNames))
                if (r.Event.First(effect.Subject!)?.Value is { Length: > 0 } name && r.Event.First(effect.Object!)?.Value is { Length: > 0 } other)
                    aliases.Add((name, other));
        return new EntityIdentities(records.SelectMany(r => r.Event.Arguments), aliases);
    }

    private StateTable Fold(IReadOnlyList<EventRecord> records, DateOnly asOf, string? partition, EntityIdentities identities,
        Action<DateOnly, IReadOnlyCollection<FactState>>? afterDay)
    {
        var effects = new List<Effect>();
        var deferred = Deferrals(records, identities);
        var namedEnds = NamedEnds(records, identities);
        foreach (var record in records) effects.AddRange(Expand(record, identities, asOf, deferred, namedEnds));
        effects.AddRange(ScheduledEnds(records, identities, asOf));

        var states = new StateTable(identities);
        var touched = new HashSet<FactState>(ReferenceEqualityComparer.Instance);
        DateOnly? day = null;
        foreach (var e in effects.Where(e => e.KnownOn <= asOf && (partition is null || e.Partition == partition))
                     .OrderBy(e => e.KnownOn).ThenBy(e => e.Key).ThenBy(e => e.Undated ? 0 : 1).ThenBy(e => e.Record.Reported)
                     .ThenBy(e => e.Record.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Record.Id))
        {
            if (afterDay is not null && day is { } previous && previous != e.KnownOn) { afterDay(previous, states.InOrder(touched)); touched.Clear(); }
            day = e.KnownOn;
            Apply(e, states, identities);
            if (afterDay is null) continue;
            touched.UnionWith(states.OfSubject(e.Definition.Relation, e.Subject));
            if (e.Definition.Succession) touched.UnionWith(states.OfObject(e.Definition.Relation, e.Object));
        }
        if (afterDay is not null && day is { } last) afterDay(last, states.InOrder(touched));
        return states;
    }

    /// <summary>The effects of a record's type that have a flag (<see cref="EffectDefinition"/>), none for a type the ontology does not know.</summary>
    private IEnumerable<EffectDefinition> EffectsOf(EventRecord r, Func<EffectDefinition, bool> flagged) =>
        ontology.Find(r.Event.Type) is { } type ? type.Effects.Where(flagged) : [];

    /// <summary>"will remain prime minister until a successor is chosen": the same article's resignation is only announced.</summary>
    private HashSet<(string Doc, string Relation, string Subject)> Deferrals(IReadOnlyList<EventRecord> records, EntityIdentities identities)
    {
        var set = new HashSet<(string, string, string)>();
        foreach (var r in records)
            foreach (var effect in EffectsOf(r, e => e.DefersClosing))
                if (r.Event.First(effect.Subject!) is { } p && !r.Event.Negated)
                    set.Add((r.DocumentId, effect.Relation, identities.Of(p)));
        return set;
    }

    /// <summary>"Boris Johnson resigns" in an article that says "resigned as leader of the Conservative Party": the position the article names.</summary>
    private Dictionary<(string Doc, string Relation, string Subject), (string Object, string? Organization)> NamedEnds(IReadOnlyList<EventRecord> records, EntityIdentities identities)
    {
        var named = new Dictionary<(string, string, string), (string, string?)>();
        foreach (var r in records)
            foreach (var effect in EffectsOf(r, e => e.NamesEnded))
                if (r.Event.First(effect.Subject!) is { } p && r.Event.First(effect.Object!) is { } obj)
                    named.TryAdd((r.DocumentId, effect.Relation, identities.Of(p)), (obj.Value, Organization(r.Event, identities)));
        return named;
    }

    private IEnumerable<Effect> ScheduledEnds(IReadOnlyList<EventRecord> records, EntityIdentities identities, DateOnly asOf)
    {
        foreach (var r in records)
            foreach (var definition in EffectsOf(r, e => e.ScheduledBy is not null))
            {
                if (r.Event.First(definition.ScheduledBy!) is not { } until || !DateInterval.TryParse(until.Value, out var range)) continue;
                var last = range.EndInclusive!.Value;
                var subject = r.Event.First(definition.Subject!);
                if (subject is null) continue;
                var effect = new Effect(definition, r, identities.Of(subject), definition.Object is null ? null : r.Event.First(definition.Object)?.Value, Organization(r.Event, identities), Context(r.Event),
                    last, DateInterval.Day(last), false, false, true, false, r.Reported, FactPartitions.Of(subject));
                // Known as planned from the report; in force from the day it names, once that day is known to have come.
                yield return effect;
                var due = last > r.Reported ? last : r.Reported;
                if (last <= asOf) yield return effect with { Effective = true, KnownOn = due };
            }
    }

    private IEnumerable<Effect> Expand(EventRecord record, EntityIdentities identities, DateOnly asOf, HashSet<(string, string, string)> deferred,
        Dictionary<(string Doc, string Relation, string Subject), (string Object, string? Organization)> namedEnds)
    {
        var e = record.Event;
        var type = ontology.Find(e.Type);
        if (type is null) yield break;
        bool hasDate = DateInterval.TryParse(e.Time, out var when);
        var key = hasDate ? when.Start!.Value : record.Reported;
        bool undated = e.TimeAnchor == TimeAnchor.Undated || !hasDate;
        // A scheduled effect takes place on the date its time role names (ScheduledEnds), not on the event's.
        foreach (var effect in type.Effects.Where(f => f.ScheduledBy is null))
        {
            var objects = effect.Object is null ? [(null, null)] : ObjectValues(e, effect.Object, type, identities);
            bool byObject = Partitions.ByObject(effect.Relation);
            foreach (var (subject, subjectPartition) in Subjects(e, effect, identities))
                foreach (var (obj, objectPartition) in objects)
                {
                    if ((byObject ? objectPartition : subjectPartition) is not { } partition) continue;
                    if (subject != "*" && obj is not null && type.Role(effect.Object!)?.IsEntity == true && identities.Same(subject, obj)) continue;
                    bool asserted = e.Modality == Modality.Asserted && !e.Negated;
                    bool scheduled = e.Modality == Modality.Expected && !e.Negated && e.TimeAnchor == TimeAnchor.Explicit && hasDate && key > record.Reported;
                    bool isDeferred = effect.Op == EffectOp.Close && e.TimeAnchor != TimeAnchor.Explicit
                                      && deferred.Contains((record.DocumentId, effect.Relation, subject));
                    string? qualifier = effect.Object is not null && type.Role(effect.Object)?.Kind == RoleKind.Position ? Organization(e, identities) : null;
                    var target = obj;
                    if (effect.Op == EffectOp.Close && obj is null && namedEnds.TryGetValue((record.DocumentId, effect.Relation, subject), out var named))
                        (target, qualifier) = (named.Object, named.Organization);
                    var reported = new Effect(effect, record, subject, target, qualifier, Context(e), key, hasDate ? when : null,
                        undated && !scheduled, asserted && !isDeferred, scheduled, isDeferred, record.Reported, partition);
                    yield return reported;
                    // A scheduled change is known as planned from its report, and takes effect on its day once that day is past.
                    if (scheduled && key <= asOf && !isDeferred) yield return reported with { Effective = true, KnownOn = key };
                }
        }
    }

    /// <summary>The effect's subjects ("*": any subject) with the partition of each (null for "*").</summary>
    private static IEnumerable<(string Subject, string? Partition)> Subjects(EventMention e, EffectDefinition effect, EntityIdentities identities)
    {
        if (effect.AnySubject) return [("*", null)];
        return e.All(effect.Subject ?? "").GroupBy(a => identities.Of(a), StringComparer.Ordinal)
            .Select(g => (g.Key, (string?)FactPartitions.Of(g.First())));
    }

    /// <summary>The effect's objects (an entity's identity, else the value), each with the partition of its first argument.</summary>
    private static List<(string? Value, string? Partition)> ObjectValues(EventMention e, string role, EventTypeDefinition type, EntityIdentities identities)
    {
        var arguments = e.All(role).ToList();
        if (arguments.Count == 0) return [(null, null)];
        bool entity = type.Role(role)?.IsEntity == true;
        return arguments.Select(a => (Value: (string?)(entity ? identities.Of(a) : a.Value.Length == 0 ? null : a.Value), Partition: (string?)FactPartitions.Of(a)))
            .DistinctBy(o => o.Value).ToList();
    }

    private static string? Organization(EventMention e, EntityIdentities identities) => e.First("organization") is { } o ? identities.Of(o) : null;

    private static IReadOnlyList<string> Context(EventMention e) => e.All("org_context").Select(a => a.Value).ToList();

    private void Apply(Effect e, StateTable states, EntityIdentities identities)
    {
        var source = FactSource.From(e.Record);
        if (!e.Effective)
        {
            if (e.Definition.Op == EffectOp.Close)
                foreach (var s in Matching(e, states, identities, open: true)) s.Pending.Add(source);
            // A planned resignation or an expected trial still says the state holds now.
            if (e.Definition.AppliesToExpected || (e.Definition.Op == EffectOp.Close && e.Definition.Presuppose && !e.Record.Event.Negated && e.Record.Event.Modality != Modality.Possible))
                Affirm(e, states, identities, source with { Modality = Modality.Asserted });
            return;
        }
        switch (e.Definition.Op)
        {
            case EffectOp.Open: Open(e, states, identities, source); break;
            case EffectOp.Affirm: Affirm(e, states, identities, source); break;
            case EffectOp.Close: Close(e, states, identities, source); break;
        }
    }

    private void Open(Effect e, StateTable states, EntityIdentities identities, FactSource source)
    {
        var matching = Matching(e, states, identities, open: true).ToList();
        // A report that names the object ("charged with manslaughter") goes to the state of that object, else it
        // specifies a state reported without one ("was charged"), whichever report became known first.
        var open = matching.FirstOrDefault(s => s.Object is not null) ?? matching.FirstOrDefault();
        if (open is { Object: null } && e.Object is not null) states.Specify(open, e.Object);
        var earlier = open is null ? Matching(e, states, identities, open: false).Where(s => s.ToKey is { } to && (e.Undated || to >= e.Key)).OrderByDescending(s => s.ToKey).FirstOrDefault() : null;
        if (open is not null) Attach(open, e, source);
        else if (earlier is not null) { Attach(earlier, e, source); return; }
        else
        {
            var state = NewState(e, source);
            state.From = e.Undated ? null : e.Date;
            states.Add(state);
        }
        if (!e.Undated && e.Definition.Succession && e.Object is not null && lexicon.FindPosition(e.Object) is { Singleton: true })
            foreach (var other in states.OfObject(e.Definition.Relation, e.Object).Where(s => s.IsOpen && !identities.Same(s.Subject, e.Subject)
                                                     && SameOrganization(s.Qualifier, s.QualifierContext, e.Qualifier, e.Context, identities, strict: true)).ToList())
                if (other.FromKey is null || other.FromKey < e.Key) CloseState(other, e, source);
    }

    private void Affirm(Effect e, StateTable states, EntityIdentities identities, FactSource source)
    {
        var open = Matching(e, states, identities, open: true).FirstOrDefault();
        if (open is not null) { Attach(open, e, source); return; }
        var closed = Matching(e, states, identities, open: false).OrderByDescending(s => s.ToKey).FirstOrDefault();
        if (closed is not null)
        {
            if (closed.ToKey is { } to && e.Key > to && !e.Undated) closed.Conflicts.Add(source); else closed.Sources.Add(source);
            return;
        }
        states.Add(NewState(e, source));
    }

    private void Close(Effect e, StateTable states, EntityIdentities identities, FactSource source)
    {
        var targets = Matching(e, states, identities, open: true)
            .Where(s => !(e.Undated && s.FromKey is { } from && from >= e.Record.Reported)).ToList();
        // "X resigns" while X holds several positions and no article names which: ambiguous, so it ends none of them.
        if (e.Definition.Relation == "holds_position" && e.Object is null && targets.Select(s => s.Qualifier is null ? null : identities.Of(s.Qualifier)).Distinct().Count() > 1)
        {
            foreach (var s in targets) s.Pending.Add(source);
            return;
        }
        foreach (var s in targets)
        {
            if (s.FromKey is { } from && from > e.Key && !e.Undated) { s.Conflicts.Add(source); continue; }
            CloseState(s, e, source);
        }
        if (targets.Count > 0) return;
        var closed = Matching(e, states, identities, open: false).Where(s => s.ToKey <= e.Key || e.Undated).ToList();
        foreach (var s in closed) s.ClosingSources.Add(source);
        // "dropped the firearm enhancement charge": the charge existed until now even if no earlier article said so.
        bool specific = e.Object is not null && e.Subject != "*";
        if (closed.Count == 0 && specific && (e.Definition.Presuppose || e.Definition.Relation is not "holds_position"))
        {
            var state = NewState(e, source);
            CloseState(state, e, source);
            states.Add(state);
        }
    }

    private static void CloseState(FactState s, Effect e, FactSource source)
    {
        s.To = e.Date ?? DateInterval.Day(e.Record.Reported);
        s.ClosedBy = source;
        s.ClosedBySchedule = e.Scheduled;
        s.ClosingSources.Add(source);
    }

    private static void Attach(FactState s, Effect e, FactSource source)
    {
        s.Sources.Add(source);
        if (s.Qualifier is null && e.Qualifier is not null) s.Qualifier = e.Qualifier;
        if (s.FromKey is null && !e.Undated && e.Definition.Op == EffectOp.Open && (s.ToKey is null || e.Key < s.ToKey)) s.From = e.Date;
        if (e.Record.Reported < s.ReportedAt) s.ReportedAt = e.Record.Reported;
    }

    private static FactState NewState(Effect e, FactSource source)
    {
        var s = new FactState
        {
            Relation = e.Definition.Relation,
            Subject = e.Subject == "*" ? "" : e.Subject,
            Object = e.Object,
            Qualifier = e.Qualifier,
            QualifierContext = e.Context,
            ReportedAt = e.Record.Reported,
        };
        s.Sources.Add(source);
        return s;
    }

    private IEnumerable<FactState> Matching(Effect e, StateTable states, EntityIdentities identities, bool open)
    {
        foreach (var s in states.OfSubject(e.Definition.Relation, e.Subject))
        {
            if (s.IsOpen != open) continue;
            if (!ObjectMatches(e, s, identities)) continue;
            yield return s;
        }
    }

    private bool ObjectMatches(Effect e, FactState s, EntityIdentities identities)
    {
        bool closing = e.Definition.Op == EffectOp.Close;
        if (e.Object is null) return closing || s.Object is null || e.Definition.Op == EffectOp.Affirm;
        if (s.Object is null) return !closing || e.Definition.Relation != "holds_position";
        switch (e.Definition.Relation)
        {
            case "holds_position":
                if (s.Object != e.Object) return false;
                // Leaving "CEO of Apple" ends "CEO of Apple Computer": a departure reads the organization's name loosely.
                return SameOrganization(s.Qualifier, s.QualifierContext, e.Qualifier, e.Context, identities, strict: false)
                       || closing && s.Qualifier is not null && e.Qualifier is not null && NameMatcher.Same(s.Qualifier, e.Qualifier);
            case "faces_charge" or "convicted" or "sentenced":
                return ChargeNormalizer.Similarity(e.Object, s.Object) >= (closing ? 0.5 : 0.8);
            default:
                return identities.Same(s.Object, e.Object);
        }
    }

    /// <summary>Organizations agree when equal, or when one is unknown and the other is among the organizations its article names.</summary>
    public static bool SameOrganization(string? a, IReadOnlyList<string> aContext, string? b, IReadOnlyList<string> bContext, EntityIdentities identities, bool strict)
    {
        if (a is not null && b is not null) return identities.Same(a, b);
        if (a is null && b is null) return !strict || aContext.Any(x => bContext.Any(y => identities.Same(x, y)));
        return a is null ? aContext.Any(x => identities.Same(x, b!)) || (!strict && aContext.Count == 0) : bContext.Any(x => identities.Same(x, a)) || (!strict && bContext.Count == 0);
    }
}

/// <summary>The states computed from a set of events, with the entity identities used to read names.</summary>
public sealed record FactSet(IReadOnlyList<FactState> States, EntityIdentities Identities);
