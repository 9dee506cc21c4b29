using Chronicle.Domain.Time;

namespace Chronicle.Facts;

/// <summary>
/// One state as answers show it, over the days it was known so: from <see cref="KnownFrom"/> (the report that made
/// it so) until <see cref="KnownTo"/> (exclusive; null while current). <see cref="Sources"/> are the first five
/// distinct sentences by report date, as `asof` and `changes` cite them; <see cref="Asserted"/>: some source
/// asserts the state (not only plans it). Subject, object and organization keep the stored entity they name where
/// there is one (<see cref="Named"/> shows it by the entity's name across all stored events).
/// </summary>
public sealed record StateVersion(
    string Partition, string Relation, string Subject, long? SubjectKey, string? Object, long? ObjectKey, string? Qualifier, long? QualifierKey,
    DateInterval? From, DateInterval? To,
    bool Asserted, bool Conflicting, string? EndedBy, IReadOnlyList<FactSource> Sources, DateOnly KnownFrom, DateOnly? KnownTo)
{
    /// <summary>Where no organization is known: the organizations the reporting articles name (normalized), which a
    /// successor's organization may be among ("Starmer became prime minister" in an article about the United Kingdom).</summary>
    public IReadOnlyList<string> OrganizationsNamed { get; init; } = [];

    /// <summary>A stored version's organization by the normalized name its own events gave it, which the store's
    /// index finds it by (the name it is shown by may be the entity's most used one, <see cref="Named"/>); null when
    /// not read from a store.</summary>
    public string? StoredQualifierName { get; init; }

    /// <summary>The TIMEX3 value it began at (<see cref="From"/>'s), as answers show it; null when unknown.</summary>
    public string? ValidFrom => From?.Value;
    /// <summary>The first day it held.</summary>
    public DateOnly? FromKey => From?.Start;
    /// <summary>The TIMEX3 value it ended at (<see cref="To"/>'s); null while open.</summary>
    public string? ValidTo => To?.Value;
    /// <summary>The first day it no longer held.</summary>
    public DateOnly? ToKey => To?.Start;

    public bool KnownOn(DateOnly day) => KnownFrom <= day && (KnownTo is null || day < KnownTo);

    public bool HoldsOn(DateOnly day) => (FromKey is null || FromKey <= day) && (ToKey is null || ToKey > day);

    /// <summary>The same answer: every field but the days it was known.</summary>
    public bool SameView(StateVersion other) =>
        (Partition, Relation, Subject, SubjectKey, Object, ObjectKey, Qualifier, QualifierKey, From, To, Asserted, Conflicting, EndedBy,
           string.Join('|', OrganizationsNamed))
        == (other.Partition, other.Relation, other.Subject, other.SubjectKey, other.Object, other.ObjectKey, other.Qualifier, other.QualifierKey, other.From,
            other.To, other.Asserted, other.Conflicting, other.EndedBy,
            string.Join('|', other.OrganizationsNamed))
        && Sources.Select(s => (s.DocumentId, s.Reported, s.Sentence)).SequenceEqual(other.Sources.Select(s => (s.DocumentId, s.Reported, s.Sentence)));

    /// <summary>How a state is shown on a day: its current view.</summary>
    public static StateVersion Of(string partition, FactState s, EntityIdentities identities, IReadOnlyList<FactSource> sources, bool asserted, DateOnly day)
    {
        long? Key(string? identity) => identity is not null && identities.KeysOf(identity) is { Count: 1 } keys ? keys.First() : null;
        return new(partition, s.Relation, s.Subject, Key(s.Subject), s.Object, Key(s.Object), s.Qualifier, Key(s.Qualifier),
            s.From, s.To, asserted, s.Conflicts.Count > 0, s.ClosedBy?.EndingLabel, sources, day, null)
        {
            OrganizationsNamed = s.Qualifier is null ? s.QualifierContext.Select(FactStateQuery.NameKey).Distinct().Order(StringComparer.Ordinal).ToList() : [],
        };
    }

    /// <summary>
    /// The version with each stored entity shown by the name <paramref name="nameOf"/> gives it (the name its
    /// arguments use most over every stored event, <see cref="EntityNames"/>), not the one the partition's own events use most.
    /// </summary>
    public StateVersion Named(Func<long, string?> nameOf) => this with
    {
        Subject = SubjectKey is { } s && nameOf(s) is { } subject ? subject : Subject,
        Object = ObjectKey is { } o && nameOf(o) is { } obj ? obj : Object,
        Qualifier = QualifierKey is { } q && nameOf(q) is { } qualifier ? qualifier : Qualifier,
    };
}

/// <summary>
/// Collects <see cref="StateVersion"/>s while <see cref="FactEngine"/> folds a partition day by day: after each day,
/// each state the day touched gets a new version if what an answer shows of it changed. A state's sources only
/// grow, so its first five distinct sentences are kept up to date one new source at a time.
/// </summary>
internal sealed class StateVersions(string partition, EntityIdentities identities)
{
    private sealed class Tracked
    {
        public int Version = -1;
        public int SourcesSeen;
        public bool Asserted;
        public readonly HashSet<string> Sentences = new(StringComparer.Ordinal);
        public readonly List<(FactSource Source, int Order)> First = [];
    }

    private const int Shown = 5;
    private readonly List<StateVersion> _all = [];
    private readonly Dictionary<FactState, Tracked> _tracked = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<StateVersion> All => _all;

    /// <param name="touched">The states the day's effects may have changed, in the order they were made.</param>
    public void After(DateOnly day, IReadOnlyCollection<FactState> touched)
    {
        foreach (var s in touched)
        {
            if (!_tracked.TryGetValue(s, out var t)) _tracked[s] = t = new Tracked();
            Catch(s, t);
            var view = StateVersion.Of(partition, s, identities, t.First.Select(f => f.Source).ToList(), t.Asserted, day);
            if (t.Version >= 0 && _all[t.Version].SameView(view)) continue;
            if (t.Version >= 0) _all[t.Version] = _all[t.Version] with { KnownTo = day };
            t.Version = _all.Count;
            _all.Add(view);
        }
    }

    /// <summary>Reads the sources attached since the last day: the first of each sentence, the earliest five by report date.</summary>
    private static void Catch(FactState s, Tracked t)
    {
        for (; t.SourcesSeen < s.Sources.Count; t.SourcesSeen++)
        {
            var source = s.Sources[t.SourcesSeen];
            t.Asserted |= source.Modality == Chronicle.Domain.Events.Modality.Asserted;
            if (!t.Sentences.Add(FactState.Normalize(source.Sentence))) continue;
            var entry = (source, t.SourcesSeen);
            int at = t.First.FindIndex(f => f.Source.Reported > source.Reported);
            if (at < 0) { if (t.First.Count < Shown) t.First.Add(entry); }
            else
            {
                t.First.Insert(at, entry);
                if (t.First.Count > Shown) t.First.RemoveAt(Shown);
            }
        }
    }
}
