using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Resolution;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>Entities: each document's name chains are resolved against the known entities (by Chronicle.Entities) and stored with their mentions and roles.</summary>
public sealed partial class SqliteStore
{
    /// <summary>Marks lookup words that are organization, place or product keys, apart from people's surnames.</summary>
    private const string KeyPrefix = "=";

    private readonly Dictionary<string, PreparedStatement> _statements = new(StringComparer.Ordinal);
    private readonly EntityCache _cache = new();
    private readonly NameKeys _keys = new(KeyPrefix);
    private RowInsert? _insertMention, _insertRole;

    // The cache lives across batches. It is dropped when a batch did not commit (its writes were rolled back) and
    // when another connection committed since our last batch (PRAGMA data_version changes only for other connections).
    private SqliteTransaction? _cacheTransaction;
    private bool _cacheUncommitted;
    private long _dataVersion = -1;

    private void StartEntityBatch(SqliteTransaction transaction)
    {
        if (ReferenceEquals(_cacheTransaction, transaction)) return;
        long version = (long)Statement("PRAGMA data_version").With(transaction).ExecuteScalar()!;
        if (_cacheUncommitted || version != _dataVersion || _cache.IsLarge) _cache.Clear();
        if (_keys.Count > EntityCache.MaxEntries) _keys.Clear();
        _dataVersion = version;
        _cacheTransaction = transaction;
        _cacheUncommitted = true;
    }

    /// <summary>Writes the counters the batch gathered per entity and alias, once per batch instead of once per document.</summary>
    partial void FinishEntityBatch(SqliteTransaction transaction)
    {
        if (!ReferenceEquals(_cacheTransaction, transaction)) return;
        var update = Statement("""
            UPDATE entities SET document_count = document_count + $documents, mention_count = mention_count + $mentions,
                first_seen = MIN(first_seen, $first), last_seen = MAX(last_seen, $last)
            WHERE key = $key
            """);
        foreach (var e in _cache.Counted)
            update.With(transaction, e.BatchDocuments, e.BatchMentions, e.BatchFirstSeen, e.BatchLastSeen, e.Key).ExecuteNonQuery();
        var alias = Statement("UPDATE entity_aliases SET mention_count = mention_count + $count WHERE entity_key = $entity AND alias_key = $alias_key");
        foreach (var ((entity, aliasKey), count) in _cache.AliasCounts)
            alias.With(transaction, count, entity, aliasKey).ExecuteNonQuery();
        _cache.BatchWritten();
    }

    partial void EntityBatchCommitted(SqliteTransaction transaction)
    {
        if (ReferenceEquals(_cacheTransaction, transaction)) _cacheUncommitted = false;
    }

    /// <summary>A statement compiled once for the life of the store.</summary>
    private PreparedStatement Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement)) _statements[sql] = statement = new PreparedStatement(_connection, sql);
        return statement;
    }

    partial void SaveEntities(WriteContext context)
    {
        var mentions = context.Analysis.Entities;
        if (mentions.Count == 0) return;
        StartEntityBatch(context.Transaction);
        var entities = DocumentEntity.From(mentions);
        var document = new DocumentLookups();
        var resolved = EntityResolver.Resolve(entities, e => Candidates(context, e, document));
        string date = DateText(context.Analysis.Document.Date);
        var entityOfChain = new Dictionary<int, CachedEntity>();
        for (int i = 0; i < entities.Count; i++)
            entityOfChain[entities[i].Chain] = resolved[i] is { } known ? Rename(context, _cache.Entities[known], entities[i], document) : InsertEntity(context, entities[i], date);

        var documentEntities = entityOfChain.Values.Select(e => e.Key).ToHashSet();
        foreach (var group in mentions.GroupBy(m => entityOfChain[m.Chain]))
        {
            var entity = group.Key;
            _cache.Count(entity, group.Count(), date, documentEntities);
            foreach (var alias in group.Where(m => m.Kind == MentionKind.Name).GroupBy(m => _keys.NameKey(m.Text)))
                AddAlias(context, entity, alias.First().Text, alias.Key, alias.Count());
            foreach (var word in group.Where(m => m.Type == EntityType.Person).SelectMany(m => _keys.SurnameParts(m.Canonical)).Distinct())
                AddLookup(context, entity, word, document);
            foreach (var word in group.Where(m => m.Type != EntityType.Person && m.Kind == MentionKind.Name).Select(m => _keys.PrefixedEntityKey(m.Type, m.Text)).Distinct())
                AddLookup(context, entity, word, document);
        }
        InsertMentions(context, mentions, entityOfChain, date);
    }

    /// <summary>The keys a document looked its entities up by, and the former name keys of the entities it renamed.</summary>
    private sealed class DocumentLookups
    {
        public List<string[]> Keys { get; } = [];
        public Dictionary<long, string> FormerNameKeys { get; } = [];

        public bool LookedUp(string key) => Keys.Exists(keys => Array.IndexOf(keys, key) >= 0);
    }

    private IReadOnlyList<KnownEntity> Candidates(WriteContext context, DocumentEntity entity, DocumentLookups document)
    {
        var keys = _keys.CandidateKeys(entity);
        document.Keys.Add(keys);
        var found = new List<long>();
        foreach (string key in keys) found.AddRange(EntitiesWithKey(context, key));
        found.Sort();
        var candidates = new List<KnownEntity>(found.Count);
        for (int i = 0; i < found.Count; i++)
            if (i == 0 || found[i] != found[i - 1]) candidates.Add(Known(context, found[i]));
        return candidates;
    }

    private HashSet<long> EntitiesWithKey(WriteContext context, string key)
    {
        if (_cache.EntitiesByKey.TryGetValue(key, out var cached)) return cached;
        var find = Statement("""
            SELECT key FROM entities WHERE name_key = $key
            UNION SELECT entity_key FROM entity_aliases WHERE alias_key = $key
            UNION SELECT entity_key FROM entity_lookup WHERE word = $key
            """);
        return _cache.EntitiesByKey[key] = ReadAll(find.With(context.Transaction, key), r => r.GetInt64(0)).ToHashSet();
    }

    private KnownEntity Known(WriteContext context, long key)
    {
        if (!_cache.Entities.TryGetValue(key, out var entity)) _cache.Entities[key] = entity = Load(context, key);
        // The resolver's view is kept until the entity's name or document count changes; its name keys, entity keys
        // and context are the cache's own sets, which stay current.
        return entity.Known ??= new KnownEntity(entity.Key, entity.Name, entity.Type, entity.AliasKeys, () => ContextOf(entity), entity.Documents)
        {
            EntityKeys = entity.EntityKeys,
        };
    }

    private CachedEntity Load(WriteContext context, long key)
    {
        CachedEntity entity;
        using (var r = Statement("SELECT name, name_key, type, document_count FROM entities WHERE key = $key").With(context.Transaction, key).ExecuteReader())
        {
            r.Read();
            entity = new CachedEntity(key, r.GetString(0), r.GetString(1), ParseType(r.GetString(2)), r.GetInt32(3));
        }
        var aliases = Statement("SELECT alias_key FROM entity_aliases WHERE entity_key = $key").With(context.Transaction, key);
        entity.AliasKeys.UnionWith(ReadAll(aliases, r => r.GetString(0)));
        var words = Statement("SELECT word FROM entity_lookup WHERE entity_key = $key").With(context.Transaction, key);
        foreach (string word in ReadAll(words, r => r.GetString(0))) AddWord(entity, word);
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
        if (entity.HasContext) return entity.Context;
        var latest = Statement($"""
            SELECT DISTINCT other.document_key, other.entity_key FROM entity_mentions other
            WHERE other.document_key IN (SELECT document_key FROM entity_mentions WHERE entity_key = $key
                                         GROUP BY document_key ORDER BY document_key DESC LIMIT {CachedEntity.ContextDocuments})
            ORDER BY other.document_key
            """);
        var rows = ReadAll(latest.With(_cacheTransaction!, entity.Key), r => (Document: r.GetInt64(0), Entity: r.GetInt64(1)));
        entity.ReadContext(rows.GroupBy(r => r.Document).Select(g => (IReadOnlyCollection<long>)g.Select(r => r.Entity).ToList()));
        return entity.Context;
    }

    private CachedEntity InsertEntity(WriteContext context, DocumentEntity entity, string date)
    {
        var insert = Statement("""
            INSERT INTO entities (name, name_key, type, first_seen, last_seen, document_count, mention_count)
            VALUES ($name, $key, $type, $date, $date, 0, 0) RETURNING key
            """);
        string nameKey = entity.NameKey;
        long key = (long)insert.With(context.Transaction, entity.Name, nameKey, TypeText(entity.Type), date).ExecuteScalar()!;
        var inserted = new CachedEntity(key, entity.Name, nameKey, entity.Type, 0);
        _cache.Entities[key] = inserted;
        _cache.Added(nameKey, key);
        return inserted;
    }

    /// <summary>A known person takes a fuller name when a document gives one ("Baldwin" → "Alec Baldwin").</summary>
    private CachedEntity Rename(WriteContext context, CachedEntity known, DocumentEntity entity, DocumentLookups document)
    {
        if (entity.Type != EntityType.Person || known.Type != EntityType.Person || Spaces(known.Name) >= Spaces(entity.Name)) return known;
        string oldNameKey = known.NameKey;
        document.FormerNameKeys.TryAdd(known.Key, oldNameKey);
        known.Name = entity.Name;
        known.Known = null;
        known.NameKey = entity.NameKey;
        Statement("UPDATE entities SET name = $name, name_key = $name_key WHERE key = $key")
            .With(context.Transaction, known.Name, known.NameKey, known.Key).ExecuteNonQuery();
        _cache.Renamed(known, oldNameKey);
        return known;
    }

    private static int Spaces(string name) => name.Count(c => c == ' ');

    private void AddAlias(WriteContext context, CachedEntity entity, string alias, string aliasKey, int count)
    {
        if (entity.AliasKeys.Contains(aliasKey))
        {
            _cache.CountAlias(entity.Key, aliasKey, count);
            return;
        }
        Statement("""
            INSERT INTO entity_aliases (entity_key, alias, alias_key, mention_count) VALUES ($entity, $alias, $alias_key, $count)
            ON CONFLICT (entity_key, alias_key) DO UPDATE SET mention_count = mention_count + excluded.mention_count
            """)
            .With(context.Transaction, entity.Key, alias, aliasKey, count).ExecuteNonQuery();
        entity.AliasKeys.Add(aliasKey);
        _cache.Added(aliasKey, entity.Key);
    }

    /// <summary>
    /// A lookup word is written unless the document's own lookups already found the entity by it (as its name,
    /// a name it had before this document, an alias or a lookup word).
    /// </summary>
    private void AddLookup(WriteContext context, CachedEntity entity, string word, DocumentLookups document)
    {
        if (entity.Words.Contains(word)) return;
        if (document.LookedUp(word) && (entity.NameKey == word || entity.AliasKeys.Contains(word) ||
            document.FormerNameKeys.GetValueOrDefault(entity.Key) == word)) return;
        Statement("INSERT INTO entity_lookup (word, entity_key) VALUES ($word, $entity) ON CONFLICT DO NOTHING")
            .With(context.Transaction, word, entity.Key).ExecuteNonQuery();
        AddWord(entity, word);
        _cache.Added(word, entity.Key);
    }

    private void InsertMentions(WriteContext context, IReadOnlyList<EntityMention> mentions, Dictionary<int, CachedEntity> entityOfChain, string date)
    {
        _insertMention ??= new RowInsert(_connection, """
            INSERT INTO entity_mentions (document_key, sentence_key, entity_key, start_offset, end_offset, text, type, kind, chain)
            VALUES ($doc, $sentence, $entity, $start, $end, $text, $type, $kind, $chain)
            """);
        _insertRole ??= new RowInsert(_connection, """
            INSERT INTO entity_roles (entity_key, document_key, mention_key, role, text, organization, possessive, date, start_offset, end_offset)
            VALUES ($entity, $doc, $mention, $role, $text, $organization, $possessive, $date, $start, $end)
            """);
        foreach (var m in mentions)
        {
            long entity = entityOfChain[m.Chain].Key;
            long mentionKey = _insertMention.Value(context.DocumentKey).Value(context.SentenceKeyAt(m.Start)).Value(entity)
                .Value(m.Start).Value(m.End).Value(m.Text).Value(TypeText(m.Type)).Value(m.Kind == MentionKind.Name ? "name" : "nominal").Value(m.Chain)
                .Insert();
            if (m.Role is { } r)
                _insertRole.Value(entity).Value(context.DocumentKey).Value(mentionKey).Value(r.Role).Value(r.Text).Value(r.Organization)
                    .Value(r.Possessive ? 1 : 0).Value(date).Value(r.Start).Value(r.End).Insert();
        }
    }

    partial void DisposeEntities()
    {
        _insertMention?.Dispose();
        _insertRole?.Dispose();
        foreach (var statement in _statements.Values) statement.Dispose();
    }

    public IReadOnlyList<EntityRecord> FindEntities(string name)
    {
        string key = NameKey.Of(name);
        using var find = Command(null, $"""
            SELECT {EntityColumns} FROM entities WHERE key IN (
                SELECT key FROM entities WHERE name_key = $key
                UNION SELECT entity_key FROM entity_aliases WHERE alias_key = $key)
            ORDER BY name_key = $key DESC, document_count DESC, mention_count DESC, key
            """);
        find.Parameters.AddWithValue("$key", key);
        var found = ReadAll(find, ReadEntity);
        if (found.Count > 0 || key.Contains(' ')) return found;
        using var bySurname = Command(null, $"""
            SELECT {EntityColumns} FROM entities WHERE key IN (SELECT entity_key FROM entity_lookup WHERE word = $key)
            ORDER BY document_count DESC, mention_count DESC, key
            """);
        bySurname.Parameters.AddWithValue("$key", key);
        return ReadAll(bySurname, ReadEntity);
    }

    public EntityProfile? GetEntity(long key)
    {
        using var find = Command(null, $"SELECT {EntityColumns} FROM entities WHERE key = $key");
        find.Parameters.AddWithValue("$key", key);
        var entity = ReadAll(find, ReadEntity).FirstOrDefault();
        if (entity is null) return null;
        using var aliases = Command(null, "SELECT alias, mention_count FROM entity_aliases WHERE entity_key = $key ORDER BY mention_count DESC, alias");
        aliases.Parameters.AddWithValue("$key", key);
        using var roles = Command(null, """
            SELECT r.role, r.text, r.organization, r.possessive, r.date, d.id FROM entity_roles r
            JOIN documents d ON d.key = r.document_key WHERE r.entity_key = $key ORDER BY r.date, r.document_key, r.start_offset
            """);
        roles.Parameters.AddWithValue("$key", key);
        return new EntityProfile(entity,
            ReadAll(aliases, r => new EntityAlias(r.GetString(0), r.GetInt32(1))),
            ReadAll(roles, r => new EntityRoleRecord(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt32(3) == 1,
                DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd"), r.GetString(5))));
    }

    public IReadOnlyList<EntityRecord> ListEntities(int limit = 50, EntityType? type = null)
    {
        using var list = Command(null, $"""
            SELECT {EntityColumns} FROM entities WHERE ($type IS NULL OR type = $type)
            ORDER BY document_count DESC, mention_count DESC, name LIMIT $limit
            """);
        list.Parameters.AddWithValue("$type", type is { } t ? TypeText(t) : DBNull.Value);
        list.Parameters.AddWithValue("$limit", limit);
        return ReadAll(list, ReadEntity);
    }

    public IReadOnlyList<StoredEntityMention> EntityMentions(string documentId)
    {
        using var list = Command(null, """
            SELECT m.entity_key, e.name, m.start_offset, m.end_offset, m.text, m.type, m.kind, m.chain
            FROM entity_mentions m JOIN entities e ON e.key = m.entity_key JOIN documents d ON d.key = m.document_key
            WHERE d.id = $id ORDER BY m.start_offset, m.end_offset
            """);
        list.Parameters.AddWithValue("$id", documentId);
        return ReadAll(list, r => new StoredEntityMention(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4),
            ParseType(r.GetString(5)), r.GetString(6) == "name" ? MentionKind.Name : MentionKind.Nominal, r.GetInt32(7)));
    }

    private const string EntityColumns = "key, name, type, document_count, mention_count, first_seen, last_seen";

    private static EntityRecord ReadEntity(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), ParseType(r.GetString(2)), r.GetInt32(3), r.GetInt32(4),
        DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd"), DateOnly.ParseExact(r.GetString(6), "yyyy-MM-dd"));

    public static string TypeText(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORGANIZATION",
        EntityType.Location => "LOCATION",
        _ => "PRODUCT",
    };

    private static EntityType ParseType(string text) => text switch
    {
        "PERSON" => EntityType.Person,
        "ORGANIZATION" => EntityType.Organization,
        "LOCATION" => EntityType.Location,
        _ => EntityType.Product,
    };
}
