using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Resolution;

namespace Chronicle.Entities.Linking;

/// <summary>
/// A known entity as the catalogue holds it (the entity plus its alias keys and lookup words), kept in
/// memory so that resolving a name seen before costs no read. Counts include the batch's decisions not yet
/// written, so the resolver sees exactly what a fresh read after each document would give.
/// </summary>
internal sealed class CachedEntity(long key, string name, string nameKey, EntityType type, int documents)
{
    public long Key { get; } = key;
    public string Name { get; set; } = name;
    public string NameKey { get; set; } = nameKey;
    /// <summary>The most frequent type of its mentions (see <see cref="EntityTypes.OfMentions"/>), decided again when a batch gives it a mention of another type.</summary>
    public EntityType Type { get; set; } = type;
    /// <summary>How many of its stored mentions have each type, once known (read when first needed, then kept up to date); null: not known.</summary>
    public Dictionary<EntityType, int>? TypeCounts { get; set; }
    public int Documents { get; set; } = documents;
    /// <summary>How the resolver sees it, made when first needed after its name or document count changed.</summary>
    public KnownEntity? Known { get; set; }
    /// <summary>The normalized names of its aliases.</summary>
    public HashSet<string> AliasKeys { get; } = new(StringComparer.Ordinal);
    /// <summary>Its lookup words: surname parts, and prefixed organization, place or product keys.</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);
    /// <summary>The prefixed words without their prefix.</summary>
    public HashSet<string> EntityKeys { get; } = new(StringComparer.Ordinal);
    /// <summary>How many of an entity's latest documents give its context (the entities seen with it).</summary>
    public const int ContextDocuments = 50;

    // The entities of each of its latest documents, oldest first: read when its context is first asked for, then kept
    // up to date with how many of those documents mention each other entity, so that the context is never recomputed.
    private Queue<IReadOnlyCollection<long>>? _latestDocuments;
    private readonly Dictionary<long, int> _documentsWith = [];
    private readonly HashSet<long> _context = [];

    public bool HasContext => _latestDocuments is not null;

    /// <summary>The entities seen with it in its latest documents.</summary>
    public IReadOnlySet<long> Context => _latestDocuments is not null ? _context
        : throw new InvalidOperationException("the entity's latest documents were not read");

    /// <summary>Sets its latest documents' entities, as read from the store (oldest first).</summary>
    public void ReadContext(IEnumerable<IReadOnlyCollection<long>> latestDocuments)
    {
        _latestDocuments = new Queue<IReadOnlyCollection<long>>();
        _documentsWith.Clear();
        _context.Clear();
        foreach (var entities in latestDocuments) Add(entities);
    }

    /// <summary>A new document, later than all it was seen in, mentions it along with these entities.</summary>
    public void SeenIn(IReadOnlyCollection<long> documentEntities)
    {
        if (_latestDocuments is null) return;
        Add(documentEntities);
        if (_latestDocuments.Count <= ContextDocuments) return;
        foreach (long other in _latestDocuments.Dequeue())
            if (other != Key && --_documentsWith[other] == 0)
            {
                _documentsWith.Remove(other);
                _context.Remove(other);
            }
    }

    private void Add(IReadOnlyCollection<long> documentEntities)
    {
        _latestDocuments!.Enqueue(documentEntities);
        foreach (long other in documentEntities)
            if (other != Key)
            {
                int count = _documentsWith.GetValueOrDefault(other);
                _documentsWith[other] = count + 1;
                if (count == 0) _context.Add(other);
            }
    }

    // This batch's counter changes, written once when the batch ends.
    public int BatchDocuments { get; set; }
    public int BatchMentions { get; set; }
    public DateOnly BatchFirstSeen { get; set; }
    public DateOnly BatchLastSeen { get; set; }
}

/// <summary>
/// What the linker knows about entities between reads: the entities found by each lookup key and the
/// entities read or decided so far, plus the counter updates of the current batch. It mirrors the catalogue
/// exactly; every decision updates it, and it is dropped whenever it may have gone stale.
/// </summary>
internal sealed class LinkerCache
{
    /// <summary>Beyond this many keys and entities the cache starts over, to bound memory on long ingests.</summary>
    public const int MaxEntries = 500_000;

    /// <summary>For a lookup key: the entities with that name key, alias key or lookup word.</summary>
    public Dictionary<string, HashSet<long>> EntitiesByKey { get; } = new(StringComparer.Ordinal);
    public Dictionary<long, CachedEntity> Entities { get; } = [];

    /// <summary>Entities whose counters changed in this batch, in the order they were first touched.</summary>
    public List<CachedEntity> Counted { get; } = [];
    /// <summary>Mention counts to add to aliases that existed before this batch's document named them.</summary>
    public Dictionary<(long Entity, string AliasKey), int> AliasCounts { get; } = [];

    public bool IsLarge => EntitiesByKey.Count + Entities.Count > MaxEntries;

    public void Clear()
    {
        EntitiesByKey.Clear();
        Entities.Clear();
        Counted.Clear();
        AliasCounts.Clear();
    }

    /// <summary>
    /// Brings what is kept up to date with other writers' changes, as a fresh read would give: forgets the entities
    /// found by changed keys and the entities whose names changed, and counts the others' documents into the
    /// document counts and latest documents of the entities kept.
    /// </summary>
    public void Apply(CatalogueChanges changes)
    {
        foreach (string key in changes.Keys) EntitiesByKey.Remove(key);
        foreach (long entity in changes.Entities) Entities.Remove(entity);
        foreach (var document in changes.Documents)
            foreach (long key in document)
                if (Entities.TryGetValue(key, out var entity))
                {
                    entity.Documents++;
                    entity.TypeCounts = null; // another writer's mentions of it are not counted here
                    entity.Known = null;
                    entity.SeenIn(document);
                }
    }

    /// <summary>Notes that an entity now has a key (a new name, alias or lookup word).</summary>
    public void Added(string key, long entity)
    {
        if (EntitiesByKey.TryGetValue(key, out var entities)) entities.Add(entity);
    }

    /// <summary>Notes that an entity's name key changed; the old key still finds it when it is also an alias or lookup word.</summary>
    public void Renamed(CachedEntity entity, string oldNameKey)
    {
        Added(entity.NameKey, entity.Key);
        if (oldNameKey == entity.NameKey || entity.AliasKeys.Contains(oldNameKey) || entity.Words.Contains(oldNameKey)) return;
        if (EntitiesByKey.TryGetValue(oldNameKey, out var entities)) entities.Remove(entity.Key);
    }

    /// <summary>Counts a document's mentions of an entity (written to its row when the batch ends) and adds the document to its context.</summary>
    public void Count(CachedEntity entity, int mentions, DateOnly date, IReadOnlyCollection<long> documentEntities)
    {
        if (entity.BatchDocuments == 0)
        {
            Counted.Add(entity);
            entity.BatchFirstSeen = entity.BatchLastSeen = date;
        }
        entity.Documents++;
        entity.Known = null;
        entity.BatchDocuments++;
        entity.BatchMentions += mentions;
        if (date < entity.BatchFirstSeen) entity.BatchFirstSeen = date;
        if (date > entity.BatchLastSeen) entity.BatchLastSeen = date;
        entity.SeenIn(documentEntities);
    }

    public void CountAlias(long entity, string aliasKey, int mentions) =>
        AliasCounts[(entity, aliasKey)] = AliasCounts.GetValueOrDefault((entity, aliasKey)) + mentions;

    public void BatchWritten()
    {
        foreach (var entity in Counted)
        {
            entity.BatchDocuments = entity.BatchMentions = 0;
            entity.BatchFirstSeen = entity.BatchLastSeen = default;
        }
        Counted.Clear();
        AliasCounts.Clear();
    }
}

/// <summary>
/// The normalized keys of names, computed once per distinct name: news repeats the same names page after page,
/// and normalizing them again for every mention cost more than the look-ups they serve.
/// </summary>
internal sealed class NameKeys(string entityKeyPrefix)
{
    private readonly Dictionary<string, string> _nameKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _surnameParts = new(StringComparer.Ordinal);
    private readonly Dictionary<(EntityType, string), string> _entityKeys = [];
    // By type and canonical name, each set of names the entity was called with and the keys they give.
    private readonly Dictionary<(EntityType, string), List<(IReadOnlyList<string> Names, string[] Keys)>> _candidateKeys = [];

    public int Count => _nameKeys.Count + _surnameParts.Count + _entityKeys.Count + _candidateKeys.Count;

    public void Clear()
    {
        _nameKeys.Clear();
        _surnameParts.Clear();
        _entityKeys.Clear();
        _candidateKeys.Clear();
    }

    public string NameKey(string name) =>
        _nameKeys.TryGetValue(name, out var key) ? key : _nameKeys[name] = Chronicle.Entities.Chains.NameKey.Of(name);

    public string[] SurnameParts(string name) =>
        _surnameParts.TryGetValue(name, out var parts) ? parts : _surnameParts[name] = EntityResolver.SurnameParts(name).ToArray();

    /// <summary>The organization, place or product key of a name, with the prefix that marks it among lookup words.</summary>
    public string PrefixedEntityKey(EntityType type, string name) =>
        _entityKeys.TryGetValue((type, name), out var key) ? key : _entityKeys[(type, name)] = entityKeyPrefix + EntityKey.Of(type, name);

    /// <summary>The distinct keys a document entity's candidates are looked up by.</summary>
    public string[] CandidateKeys(DocumentEntity entity)
    {
        if (!_candidateKeys.TryGetValue((entity.Type, entity.Name), out var known)) _candidateKeys[(entity.Type, entity.Name)] = known = [];
        foreach (var (names, cached) in known)
            if (names.SequenceEqual(entity.Names, StringComparer.Ordinal)) return cached;
        var keys = EntityResolver.LookupKeys(entity).ToList();
        if (entity.Type != EntityType.Person) keys.AddRange(entity.Names.Select(n => PrefixedEntityKey(entity.Type, n)));
        if (entity.Type == EntityType.Organization && EntityResolver.OrganizationHead(entity.Name) is { } head) keys.Add(entityKeyPrefix + head);
        var distinct = keys.Distinct().ToArray();
        known.Add((entity.Names, distinct));
        return distinct;
    }
}
