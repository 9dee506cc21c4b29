using Chronicle.Domain.Events;
using Chronicle.Events.Extraction;
using Chronicle.Events.Names;
using Chronicle.Facts;

namespace Chronicle.Query;

public enum Verdict { Supported, Outdated, NotSupported }

public static class VerdictNames
{
    /// <summary>The verdict as the JSON and the probes spell it: supported, outdated, not_supported.</summary>
    public static string Text(this Verdict v) => v switch { Verdict.Supported => "supported", Verdict.Outdated => "outdated", _ => "not_supported" };
}

public sealed record Evidence(string Doc, DateOnly Date, string Sentence);

public sealed record Ending(string Date, string By, string Doc);

/// <summary>Which path answered: "text" (the claim reader over stored sentences) or "state" (facts from extracted events).</summary>
public static class Basis
{
    public const string Text = "text", State = "state";
}

public sealed record CheckResult(Verdict Verdict, Claim? Claim, IReadOnlyList<Evidence> Evidence, Ending? Ended, IReadOnlyList<Evidence> Pending, string Note)
{
    public string Basis { get; init; } = Query.Basis.State;
    /// <summary>Why the verdict: what held, what ended it, or why nothing established it.</summary>
    public string Why { get; init; } = Note;
    /// <summary>For not_supported: the sentences that came closest, each with why it does not establish the claim.</summary>
    public IReadOnlyList<Reading.Closest> Closest { get; init; } = [];
    /// <summary>For not_supported: sentences that deny the state outright, which support the claim's negation.</summary>
    public IReadOnlyList<Evidence> Denials { get; init; } = [];
}

/// <summary>
/// Answers a claim as of a date from the articles published on or before it: supported (the state holds),
/// outdated (it held and ended on or before the date), or not_supported (nothing establishes it).
/// </summary>
public sealed class ClaimChecker(IEventSource source, ClaimParser parser, FactEngine engine, Reading.ClaimReader? reader = null)
{
    public ClaimChecker(IEventSource source) : this(source, ClaimParser.Default, FactEngine.Default) { }

    /// <summary>The checker users run: the claim reader over the store's sentences first, the event facts where it cannot read the claim.</summary>
    public ClaimChecker(Chronicle.Store.IChronicleStore store) : this(new StoreEventSource(store), ClaimParser.Default, FactEngine.Default, new Reading.ClaimReader(store)) { }

    public CheckResult Check(string text, DateOnly asOf)
    {
        if (reader is null) return CheckState(text, asOf);
        var shape = reader.Shape(text, asOf);
        if (shape.Conjuncts.Count > 0) return Conjoin(shape.Conjuncts.Select(part => Check(part, asOf)).ToList(), text);
        var answer = reader.Read(shape, asOf);
        if (answer is null) return CheckState(text, asOf);
        var claim = parser.Parse(text) ?? Describe(shape);
        var result = new CheckResult(answer.Verdict, claim, answer.Evidence, answer.Ended, [], answer.Why)
            { Basis = Query.Basis.Text, Closest = answer.Closest, Denials = answer.Denials };
        return shape.Negated ? Negate(result) : result;
    }

    /// <summary>"A and B": supported only when every part is; not supported when any part is not; else outdated.</summary>
    private static CheckResult Conjoin(IReadOnlyList<CheckResult> parts, string text)
    {
        var weakest = parts.FirstOrDefault(p => p.Verdict == Verdict.NotSupported) ?? parts.FirstOrDefault(p => p.Verdict == Verdict.Outdated) ?? parts[0];
        string why = string.Join("; ", parts.Select(p => $"{p.Verdict.Text()}: {p.Claim?.Text ?? text} ({p.Why})"));
        return weakest with
        {
            Evidence = parts.SelectMany(p => p.Evidence).DistinctBy(e => e.Sentence).Take(6).ToList(),
            Closest = parts.SelectMany(p => p.Closest).Take(3).ToList(),
            Note = why, Why = why,
        };
    }

    /// <summary>
    /// "X is not the CEO": supported once the positive state has ended or where the pages deny it and never report it
    /// held, not supported while it holds, and not supported when nothing establishes either (the pages' silence is no evidence).
    /// </summary>
    private static CheckResult Negate(CheckResult positive) => positive.Verdict switch
    {
        Verdict.Outdated => positive with { Verdict = Verdict.Supported, Note = "the state it denies has ended", Why = $"the state it denies has ended: {positive.Why}" },
        Verdict.Supported => positive with { Verdict = Verdict.NotSupported, Note = "the pages say the state it denies holds", Why = "the pages say the state it denies holds",
            Closest = positive.Evidence.Select(e => new Reading.Closest(e, "says the denied state holds")).Take(3).ToList(), Evidence = [] },
        // "X will not run": the pages say X will not, and never that X will.
        _ when positive.Denials.Count > 0 => positive with { Verdict = Verdict.Supported, Evidence = positive.Denials, Closest = [], Note = "the pages deny the state it denies",
            Why = "the pages deny the state it denies, and no article up to this date reports it held" },
        _ => positive,
    };

    /// <summary>A claim outside the parser's relation list, described from its reading: relation, subject and object.</summary>
    private static Claim Describe(Reading.ClaimShape shape)
    {
        string relation = shape.Office is not null ? "holds_position" : shape.Family?.Name ?? "statement";
        string subject = shape.Subject?.Text ?? shape.Others.FirstOrDefault()?.Text ?? "";
        string? obj = shape.Office is { } o ? (o.Organization is { } org ? $"{o.Title} of {org.Text}" : o.Title) : shape.Others.FirstOrDefault(n => n != shape.Subject)?.Text;
        return new Claim(shape.Text, relation, subject, obj, [subject], obj is null ? [] : [obj], null);
    }

    private CheckResult CheckState(string text, DateOnly asOf)
    {
        var claim = parser.Parse(text);
        if (claim is null) return new CheckResult(Verdict.NotSupported, null, [], null, [], "the claim is not about a state Chronicle tracks");
        var names = claim.SubjectNames.Concat(claim.ObjectNames).Concat(claim.OrganizationNames).ToList();
        // Only the event types that open, close or affirm the claim's relation (and renames, which join names) matter.
        string relation = claim.Relation == "named_to_position" ? "holds_position" : claim.Relation;
        var types = Chronicle.Events.Ontology.EventOntology.Default.Events
            .Where(t => t.Effects.Any(e => e.Relation == relation || e.Relation == claim.Relation) || t.JoinsNames).Select(t => t.Type).ToHashSet();
        var events = source.EventsNaming(names, asOf, types);
        var facts = engine.Compute(events, asOf);
        // The claim's subject is the stored entity its name means (as `chronicle entity` shows it), where the store knows it.
        var subjectKeys = claim.SubjectNames.Distinct().ToDictionary(n => n, source.EntityNamed);
        var scored = facts.States.Select(s => (State: s, Score: Score(claim, s, facts.Identities, subjectKeys))).Where(x => x.Score >= 0.5).ToList();
        if (scored.Count == 0) return new CheckResult(Verdict.NotSupported, claim, [], null, [], "no article up to this date establishes it");
        double best = scored.Max(x => x.Score);
        var tier = scored.Where(x => x.Score >= best - 0.1).Select(x => x.State).ToList();

        var holding = tier.Where(s => s.HoldsOn(asOf) && s.Sources.Any(src => src.Modality == Modality.Asserted)).ToList();
        if (holding.Count > 0)
        {
            var pending = holding.SelectMany(s => s.Pending).Where(p => p.Reported <= asOf).ToList();
            string note = pending.Count > 0 ? $"holds; reported as expected to change: {string.Join("; ", pending.Select(p => $"{p.Trigger} ({p.Reported:yyyy-MM-dd})").Distinct())}" : "holds";
            return new CheckResult(Verdict.Supported, claim, Cite(holding.SelectMany(s => s.DistinctSources)), null, Cite(pending), note);
        }
        var ended = tier.Where(s => s.ToKey is { } to && to <= asOf).OrderByDescending(s => s.ToKey).FirstOrDefault();
        if (ended is not null)
        {
            var by = ended.ClosedBy!;
            var evidence = Cite(ended.DistinctSources.Concat(ended.ClosingSources));
            return new CheckResult(Verdict.Outdated, claim, evidence, new Ending(ended.ValidTo!, $"{by.EventType}: {by.Trigger}", by.DocumentId), [],
                $"ended {ended.ValidTo} ({by.EventType})");
        }
        var expected = tier.SelectMany(s => s.Pending.Concat(s.Sources)).Where(s => s.Modality != Modality.Asserted).ToList();
        return new CheckResult(Verdict.NotSupported, claim, [], null, Cite(expected),
            expected.Count > 0 ? "only reported as expected or possible" : "no article up to this date establishes it");
    }

    private static IReadOnlyList<Evidence> Cite(IEnumerable<FactSource> sources) =>
        // Syndicated copies of a story repeat its sentences: one citation each.
        sources.GroupBy(s => new string(s.Sentence.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray())).Select(g => g.OrderBy(s => s.Reported).First())
            .OrderBy(s => s.Reported).ThenBy(s => s.DocumentId, StringComparer.Ordinal)
            .Select(s => new Evidence(s.DocumentId, s.Reported, s.Sentence)).Take(6).ToList();

    /// <summary>How well a state matches the claim: 0 when relation or subject differ, up to 1 for the same object.
    /// <paramref name="subjectKeys"/> holds the stored entity each subject name means (null: unknown), if any.</summary>
    public static double Score(Claim claim, FactState s, EntityIdentities identities, IReadOnlyDictionary<string, long?>? subjectKeys = null)
    {
        bool relationOk = s.Relation == claim.Relation || (claim.Relation == "named_to_position" && s.Relation == "holds_position");
        if (!relationOk || s.Subject.Length == 0) return 0;
        if (!claim.SubjectNames.Any(n => identities.Refers(s.Subject, n, subjectKeys?.GetValueOrDefault(n)))) return 0;
        switch (claim.Relation)
        {
            case "holds_position" or "named_to_position":
            {
                if (claim.Object is not null && s.Object != claim.Object) return 0;
                if (claim.SingletonOnly && (s.Object is null || Chronicle.Events.Ontology.Lexicon.Default.FindPosition(s.Object) is not { Singleton: true })) return 0;
                if (claim.OrganizationNames.Count == 0) return 0.9;
                if (s.Qualifier is not null)
                    return claim.OrganizationNames.Any(n => identities.Same(n, s.Qualifier) || NameMatcher.Same(n, s.Qualifier)) ? 1 : 0;
                return claim.OrganizationNames.Any(n => s.QualifierContext.Any(c => identities.Same(n, c) || NameMatcher.Same(n, c))) ? 0.7 : 0;
            }
            case "faces_charge" or "convicted" or "sentenced":
                if (claim.Object is null) return s.Object is null ? 1 : 0.9;
                if (s.Object is null) return 0.5;
                return ChargeNormalizer.Similarity(claim.Object, s.Object) is var sim && sim > 0 ? 0.5 + sim / 2 : 0;
            case "in_custody" or "dead" or "bankrupt":
                return 1;
            default:
                if (s.Object is null) return 0.5;
                return claim.ObjectNames.Any(n => identities.Same(n, s.Object) || NameMatcher.Same(n, s.Object)) ? 1 : 0;
        }
    }
}
