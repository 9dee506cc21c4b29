using Chronicle.Domain.Entities;
using Chronicle.Entities.Resolution;

namespace Chronicle.Entities.Linking;

/// <summary>
/// Links each document's name chains to the entities a store knows (by <see cref="EntityResolver"/>) and
/// decides what the store must write: new entities, fuller names, aliases, lookup words and counters. It
/// reads the store only through <see cref="IEntityCatalogue"/> and keeps what it read across batches, so a
/// store has only to persist the decisions and answer the catalogue's reads.
/// One linker serves one writer; a store calls, per transaction that stores entities:
/// <see cref="BeginBatch"/>, <see cref="Link"/> per document, <see cref="EndBatch"/> before committing and
/// <see cref="BatchCommitted"/> after.
/// </summary>
public sealed class EntityLinker
{
    /// <summary>Marks lookup words that are organization, place or product keys, apart from people's surnames.</summary>
    public const string KeyPrefix = "=";

    private readonly LinkerCache _cache = new();
    private readonly NameKeys _keys = new(KeyPrefix);
    private IEntityCatalogue? _catalogue;
    // Set from BeginBatch until BatchCommitted: a batch that never committed leaves decisions in the cache that the store rolled back.
    private bool _uncommitted;

    /// <summary>
    /// Starts a batch. <paramref name="othersWrote"/>: another writer may have changed the catalogue since this
    /// linker's last batch, so what it kept must be read again.
    /// </summary>
    public void BeginBatch(bool othersWrote) => BeginBatch(othersWrote ? null : CatalogueChanges.None);

    /// <summary>
    /// Starts a batch, knowing what other writers changed in the catalogue since this linker's last batch
    /// (null: unknown, so everything kept is read again).
    /// </summary>
    public void BeginBatch(CatalogueChanges? othersChanged)
    {
        if (_uncommitted || othersChanged is null || _cache.IsLarge) _cache.Clear();
        else _cache.Apply(othersChanged);
        if (_keys.Count > LinkerCache.MaxEntries) _keys.Clear();
        _uncommitted = true;
        _changedKeys.Clear();
        _changedEntities.Clear();
        _mixedTypes.Clear();
    }

    // The lookup keys and the entities (name, aliases, lookup words) this batch's decisions changed, reported with its counts.
    private readonly HashSet<string> _changedKeys = new(StringComparer.Ordinal);
    private readonly HashSet<long> _changedEntities = [];
    // The entities this batch gave a mention of a type other than theirs: their type is decided again when the batch ends.
    private readonly HashSet<CachedEntity> _mixedTypes = [];

    /// <summary>Decides which entity each chain of a document's mentions is, and what the store must write for it.</summary>
    public DocumentLinks Link(IReadOnlyList<EntityMention> mentions, DateOnly date, IEntityCatalogue catalogue)
    {
        if (mentions.Count == 0) return DocumentLinks.None;
        if (!_uncommitted) throw new InvalidOperationException("BeginBatch must come before Link");
        _catalogue = catalogue;
        var links = new DocumentLinks();
        var entities = DocumentEntity.From(mentions);
        var document = new DocumentLookups();
        var resolved = EntityResolver.Resolve(entities, e => Candidates(e, document));
        var entityOfChain = new Dictionary<int, CachedEntity>();
        var created = new List<CachedEntity>();
        for (int i = 0; i < entities.Count; i++)
            entityOfChain[entities[i].Chain] = resolved[i] is { } known ? Rename(_cache.Entities[known], entities[i], document, links)
                : CreatedHere(entities[i], created) ?? Create(entities[i], links, created);

        var documentEntities = entityOfChain.Values.Select(e => e.Key).ToHashSet();
        foreach (var group in mentions.GroupBy(m => entityOfChain[m.Chain]))
        {
            var entity = group.Key;
            _cache.Count(entity, group.Count(), date, documentEntities);
            if (entity.TypeCounts is { } typeCounts)
                foreach (var m in group) typeCounts[m.Type] = typeCounts.GetValueOrDefault(m.Type) + 1;
            if (group.Any(m => m.Type != entity.Type)) _mixedTypes.Add(entity);
            foreach (var alias in group.Where(m => m.Kind == MentionKind.Name).GroupBy(m => _keys.NameKey(m.Text)))
                AddAlias(entity, alias.First().Text, alias.Key, alias.Count(), links);
            foreach (var word in group.Where(m => m.Type == EntityType.Person).SelectMany(m => _keys.SurnameParts(m.Canonical)).Distinct())
                AddLookup(entity, word, document, links);
            foreach (var word in group.Where(m => m.Type != EntityType.Person && m.Kind == MentionKind.Name).Select(m => _keys.PrefixedEntityKey(m.Type, m.Text)).Distinct())
                AddLookup(entity, word, document, links);
        }
        foreach (var (chain, entity) in entityOfChain) links.EntityOfChain[chain] = entity.Key;
        return links;
    }

    /// <summary>
    /// What the batch adds to entity and alias counters, for the store to write once per batch before it commits, and
    /// what it changed for other writers (its documents' entities are the store's to report: it knows their order).
    /// </summary>
    public BatchCounts EndBatch()
    {
        var retyped = Retype();
        var counts = new BatchCounts(
            _cache.Counted.Select(e => new EntityCount(e.Key, e.BatchDocuments, e.BatchMentions, e.BatchFirstSeen, e.BatchLastSeen)).ToList(),
            _cache.AliasCounts.Select(a => new AliasCount(a.Key.Entity, a.Key.AliasKey, a.Value)).ToList(),
            new CatalogueChanges(_changedKeys.ToList(), _changedEntities.ToList(), []))
        {
            Retyped = retyped,
        };
        _cache.BatchWritten();
        return counts;
    }

    /// <summary>
    /// An entity's type is the most frequent type of all its mentions, so that it depends on which mentions it has, not
    /// on which came first. It is decided again only for the entities this batch gave a mention of another type: more
    /// mentions of the type an entity has cannot change it. The counts are read from the store once (this batch's
    /// mentions are stored by now) and then kept up to date as mentions arrive, so a frequent entity often named
    /// with another type is not counted again every batch.
    /// </summary>
    private List<EntityRetype> Retype()
    {
        var retyped = new List<EntityRetype>();
        foreach (var entity in _mixedTypes.OrderBy(e => e.Key))
        {
            entity.TypeCounts ??= new Dictionary<EntityType, int>(_catalogue!.MentionTypes(entity.Key));
            var type = EntityTypes.OfMentions(entity.TypeCounts, entity.Type);
            if (type == entity.Type) continue;
            entity.Type = type;
            entity.Known = null;
            _changedEntities.Add(entity.Key);
            retyped.Add(new EntityRetype(entity.Key, type));
        }
        _mixedTypes.Clear();
        return retyped;
    }

    /// <summary>The store committed the batch: what the linker kept of it stays valid.</summary>
    public void BatchCommitted() => _uncommitted = false;

    /// <summary>The keys a document looked its entities up by, and the former name keys of the entities it renamed.</summary>
    private sealed class DocumentLookups
    {
        public List<string[]> Keys { get; } = [];
        public Dictionary<long, string> FormerNameKeys { get; } = [];

        public bool LookedUp(string key) => Keys.Exists(keys => Array.IndexOf(keys, key) >= 0);
    }

    private IReadOnlyList<KnownEntity> Candidates(DocumentEntity entity, DocumentLookups document)
    {
        var keys = _keys.CandidateKeys(entity);
        document.Keys.Add(keys);
        var found = new List<long>();
        foreach (string key in keys) found.AddRange(EntitiesWithKey(key));
        found.Sort();
        var candidates = new List<KnownEntity>(found.Count);
        for (int i = 0; i < found.Count; i++)
            if (i == 0 || found[i] != found[i - 1]) candidates.Add(Known(found[i]));
        return candidates;
    }

    private HashSet<long> EntitiesWithKey(string key)
    {
        if (_cache.EntitiesByKey.TryGetValue(key, out var cached)) return cached;
        return _cache.EntitiesByKey[key] = _catalogue!.EntitiesWithKey(key).ToHashSet();
    }

    private KnownEntity Known(long key)
    {
        if (!_cache.Entities.TryGetValue(key, out var entity)) _cache.Entities[key] = entity = Load(key);
        // The resolver's view is kept until the entity's name or document count changes; its name keys, entity keys
        // and context are the cache's own sets, which stay current.
        return entity.Known ??= new KnownEntity(entity.Key, entity.Name, entity.Type, entity.AliasKeys, () => ContextOf(entity), entity.Documents)
        {
            EntityKeys = entity.EntityKeys,
        };
    }

    private CachedEntity Load(long key)
    {
        var stored = _catalogue!.Load(key);
        var entity = new CachedEntity(key, stored.Name, stored.NameKey, stored.Type, stored.Documents);
        entity.AliasKeys.UnionWith(stored.AliasKeys);
        foreach (string word in stored.Words) AddWord(entity, word);
        return entity;
    }

    private static void AddWord(CachedEntity entity, string word)
    {
        entity.Words.Add(word);
        if (word.StartsWith(KeyPrefix, StringComparison.Ordinal)) entity.EntityKeys.Add(word[KeyPrefix.Length..]);
    }

    /// <summary>The entities mentioned in the entity's latest documents.</summary>
    private IReadOnlySet<long> ContextOf(CachedEntity entity)
    {
        if (!entity.HasContext) entity.ReadContext(_catalogue!.LatestDocuments(entity.Key, CachedEntity.ContextDocuments));
        return entity.Context;
    }

    /// <summary>
    /// An entity this document already created under the same name with a compatible type: the chains of "Northwind Energy"
    /// the company and "in Northwind Energy" the place are one new entity, as they would both join it had it been known;
    /// so are a person and an organization of one name when the resolver would join them across types.
    /// </summary>
    private static CachedEntity? CreatedHere(DocumentEntity entity, List<CachedEntity> created) =>
        created.Find(c => c.NameKey == entity.NameKey && EntityResolver.Compatible(c.Type, entity.Type))
        ?? created.Find(c => EntityResolver.MayJoinAcrossTypes(entity, c.Name, c.NameKey, c.Type));

    private CachedEntity Create(DocumentEntity entity, DocumentLinks links, List<CachedEntity> createdHere)
    {
        long key = _catalogue!.NewEntityKey();
        string nameKey = entity.NameKey;
        links.Created.Add(new NewEntity(key, entity.Name, nameKey, entity.Type));
        _changedKeys.Add(nameKey);
        _changedEntities.Add(key);
        var created = new CachedEntity(key, entity.Name, nameKey, entity.Type, 0) { TypeCounts = [] };
        _cache.Entities[key] = created;
        _cache.Added(nameKey, key);
        createdHere.Add(created);
        return created;
    }

    /// <summary>A known person takes a fuller name when a document gives one ("Baldwin" → "Alec Baldwin").</summary>
    private CachedEntity Rename(CachedEntity known, DocumentEntity entity, DocumentLookups document, DocumentLinks links)
    {
        if (entity.Type != EntityType.Person || known.Type != EntityType.Person || Spaces(known.Name) >= Spaces(entity.Name)) return known;
        string oldNameKey = known.NameKey;
        document.FormerNameKeys.TryAdd(known.Key, oldNameKey);
        known.Name = entity.Name;
        known.Known = null;
        known.NameKey = entity.NameKey;
        links.Renamed.Add(new RenamedEntity(known.Key, known.Name, known.NameKey, oldNameKey));
        _changedKeys.Add(oldNameKey);
        _changedKeys.Add(known.NameKey);
        _changedEntities.Add(known.Key);
        _cache.Renamed(known, oldNameKey);
        return known;
    }

    private static int Spaces(string name) => name.Count(c => c == ' ');

    private void AddAlias(CachedEntity entity, string alias, string aliasKey, int count, DocumentLinks links)
    {
        if (entity.AliasKeys.Contains(aliasKey))
        {
            _cache.CountAlias(entity.Key, aliasKey, count);
            return;
        }
        links.Aliases.Add(new NewAlias(entity.Key, alias, aliasKey, count));
        _changedKeys.Add(aliasKey);
        _changedEntities.Add(entity.Key);
        entity.AliasKeys.Add(aliasKey);
        _cache.Added(aliasKey, entity.Key);
    }

    /// <summary>
    /// A lookup word is added unless the document's own lookups already found the entity by it (as its name,
    /// a name it had before this document, an alias or a lookup word).
    /// </summary>
    private void AddLookup(CachedEntity entity, string word, DocumentLookups document, DocumentLinks links)
    {
        if (entity.Words.Contains(word)) return;
        if (document.LookedUp(word) && (entity.NameKey == word || entity.AliasKeys.Contains(word) ||
            document.FormerNameKeys.GetValueOrDefault(entity.Key) == word)) return;
        links.Lookups.Add(new NewLookup(word, entity.Key));
        _changedKeys.Add(word);
        _changedEntities.Add(entity.Key);
        AddWord(entity, word);
        _cache.Added(word, entity.Key);
    }
}
