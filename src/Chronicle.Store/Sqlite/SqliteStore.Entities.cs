using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Resolution;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>Entities: each document's name chains are resolved against the known entities (by Chronicle.Entities) and stored with their mentions and roles.</summary>
public sealed partial class SqliteStore
{
    /// <summary>How many of an entity's latest documents give its context (the entities seen with it).</summary>
    private const int ContextDocuments = 50;

    /// <summary>Marks lookup words that are organization, place or product keys, apart from people's surnames.</summary>
    private const string KeyPrefix = "=";

    private SqliteTransaction? _statementsOf;
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);

    // What this batch has read or written about known entities, so that a name seen again in the batch costs no query.
    // Kept for one transaction only, so that a rolled-back batch or another writer never leaves it stale.
    private readonly Dictionary<string, HashSet<long>> _entitiesByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<long, (KnownEntity Entity, HashSet<string> NameKeys, HashSet<string> EntityKeys)> _known = [];

    private void StartBatchIfNew(WriteContext context)
    {
        if (ReferenceEquals(_statementsOf, context.Transaction)) return;
        foreach (var old in _statements.Values) old.Dispose();
        _statements.Clear();
        _entitiesByKey.Clear();
        _known.Clear();
        _statementsOf = context.Transaction;
    }

    /// <summary>A prepared command kept for the rest of the batch's transaction, so that each statement is compiled once a batch.</summary>
    private SqliteCommand Statement(WriteContext context, string sql)
    {
        StartBatchIfNew(context);
        if (!_statements.TryGetValue(sql, out var command)) _statements[sql] = command = context.Command(sql);
        command.Parameters.Clear();
        return command;
    }

    partial void SaveEntities(WriteContext context)
    {
        var mentions = context.Analysis.Entities;
        if (mentions.Count == 0) return;
        var entities = DocumentEntity.From(mentions);
        var resolved = EntityResolver.Resolve(entities, e => Candidates(context, e));
        string date = DateText(context.Analysis.Document.Date);
        var entityOfChain = new Dictionary<int, long>();
        for (int i = 0; i < entities.Count; i++)
            entityOfChain[entities[i].Chain] = resolved[i] is { } known ? Rename(context, known, entities[i]) : InsertEntity(context, entities[i], date);

        foreach (var group in mentions.GroupBy(m => entityOfChain[m.Chain]))
        {
            var update = Statement(context, """
                UPDATE entities SET document_count = document_count + 1, mention_count = mention_count + $mentions,
                    first_seen = MIN(first_seen, $date), last_seen = MAX(last_seen, $date)
                WHERE key = $key
                """);
            update.Parameters.AddWithValue("$mentions", group.Count());
            update.Parameters.AddWithValue("$date", date);
            update.Parameters.AddWithValue("$key", group.Key);
            update.ExecuteNonQuery();
            foreach (var alias in group.Where(m => m.Kind == MentionKind.Name).GroupBy(m => NameKey.Of(m.Text)))
                AddAlias(context, group.Key, alias.First().Text, alias.Key, alias.Count());
            foreach (var word in group.Where(m => m.Type == EntityType.Person).SelectMany(m => EntityResolver.SurnameParts(m.Canonical)).Distinct())
                AddLookup(context, group.Key, word);
            foreach (var word in group.Where(m => m.Type != EntityType.Person && m.Kind == MentionKind.Name).Select(m => EntityKey.Of(m.Type, m.Text)).Distinct())
                AddLookup(context, group.Key, KeyPrefix + word);
        }
        InsertMentions(context, mentions, entityOfChain, date);
    }

    private IReadOnlyList<KnownEntity> Candidates(WriteContext context, DocumentEntity entity)
    {
        var keys = EntityResolver.LookupKeys(entity).ToList();
        if (entity.Type != EntityType.Person) keys.AddRange(entity.Names.Select(n => KeyPrefix + EntityKey.Of(entity.Type, n)));
        if (entity.Type == EntityType.Organization && EntityResolver.OrganizationHead(entity.Name) is { } head) keys.Add(KeyPrefix + head);
        var found = new SortedSet<long>();
        foreach (var key in keys.Distinct()) found.UnionWith(EntitiesWithKey(context, key));
        return found.Select(key => Known(context, key)).ToList();
    }

    private HashSet<long> EntitiesWithKey(WriteContext context, string key)
    {
        StartBatchIfNew(context);
        if (_entitiesByKey.TryGetValue(key, out var cached)) return cached;
        var find = Statement(context, """
            SELECT key FROM entities WHERE name_key = $key
            UNION SELECT entity_key FROM entity_aliases WHERE alias_key = $key
            UNION SELECT entity_key FROM entity_lookup WHERE word = $key
            """);
        find.Parameters.AddWithValue("$key", key);
        return _entitiesByKey[key] = ReadAll(find, r => r.GetInt64(0)).ToHashSet();
    }

    /// <summary>Notes a key written for an entity in this batch.</summary>
    private void Remember(string key, long entity)
    {
        if (_entitiesByKey.TryGetValue(key, out var entities)) entities.Add(entity);
        if (!_known.TryGetValue(entity, out var known)) return;
        if (key.StartsWith(KeyPrefix, StringComparison.Ordinal)) known.EntityKeys.Add(key[KeyPrefix.Length..]);
        else known.NameKeys.Add(key);
    }

    private KnownEntity Known(WriteContext context, long key)
    {
        if (_known.TryGetValue(key, out var cached)) return cached.Entity;
        var entity = Statement(context, "SELECT name, type, document_count FROM entities WHERE key = $key");
        entity.Parameters.AddWithValue("$key", key);
        string name; EntityType type; int documents;
        using (var r = entity.ExecuteReader())
        {
            r.Read();
            name = r.GetString(0); type = ParseType(r.GetString(1)); documents = r.GetInt32(2);
        }
        var aliases = Statement(context, "SELECT alias_key FROM entity_aliases WHERE entity_key = $key");
        aliases.Parameters.AddWithValue("$key", key);
        var nameKeys = ReadAll(aliases, r => r.GetString(0)).ToHashSet();
        var lookup = Statement(context, $"SELECT substr(word, 2) FROM entity_lookup WHERE entity_key = $key AND word LIKE '{KeyPrefix}%'");
        lookup.Parameters.AddWithValue("$key", key);
        var entityKeys = ReadAll(lookup, r => r.GetString(0)).ToHashSet();
        var known = new KnownEntity(key, name, type, nameKeys, () => SeenWith(context, key), documents) { EntityKeys = entityKeys };
        _known[key] = (known, nameKeys, entityKeys);
        return known;
    }

    /// <summary>The entities mentioned in the entity's latest documents.</summary>
    private IReadOnlySet<long> SeenWith(WriteContext context, long key)
    {
        var seenWith = Statement(context, $"""
            SELECT DISTINCT other.entity_key FROM entity_mentions other
            WHERE other.document_key IN (SELECT document_key FROM entity_mentions WHERE entity_key = $key
                                         GROUP BY document_key ORDER BY document_key DESC LIMIT {ContextDocuments})
              AND other.entity_key <> $key
            """);
        seenWith.Parameters.AddWithValue("$key", key);
        return ReadAll(seenWith, r => r.GetInt64(0)).ToHashSet();
    }

    private long InsertEntity(WriteContext context, DocumentEntity entity, string date)
    {
        var insert = Statement(context, """
            INSERT INTO entities (name, name_key, type, first_seen, last_seen, document_count, mention_count)
            VALUES ($name, $key, $type, $date, $date, 0, 0) RETURNING key
            """);
        insert.Parameters.AddWithValue("$name", entity.Name);
        insert.Parameters.AddWithValue("$key", NameKey.Of(entity.Name));
        insert.Parameters.AddWithValue("$type", TypeText(entity.Type));
        insert.Parameters.AddWithValue("$date", date);
        long key = (long)insert.ExecuteScalar()!;
        Remember(NameKey.Of(entity.Name), key);
        return key;
    }

    /// <summary>A known person takes a fuller name when a document gives one ("Baldwin" → "Alec Baldwin").</summary>
    private long Rename(WriteContext context, long key, DocumentEntity entity)
    {
        if (entity.Type != EntityType.Person) return key;
        var rename = Statement(context, """
            UPDATE entities SET name = $name, name_key = $name_key
            WHERE key = $key AND type = $type AND length(name) - length(replace(name, ' ', '')) < $spaces
            """);
        rename.Parameters.AddWithValue("$name", entity.Name);
        rename.Parameters.AddWithValue("$name_key", NameKey.Of(entity.Name));
        rename.Parameters.AddWithValue("$key", key);
        rename.Parameters.AddWithValue("$type", TypeText(entity.Type));
        rename.Parameters.AddWithValue("$spaces", entity.Name.Count(c => c == ' '));
        if (rename.ExecuteNonQuery() > 0)
        {
            _known.Remove(key);
            Remember(NameKey.Of(entity.Name), key);
        }
        return key;
    }

    private void AddAlias(WriteContext context, long entity, string alias, string aliasKey, int count)
    {
        var upsert = Statement(context, """
            INSERT INTO entity_aliases (entity_key, alias, alias_key, mention_count) VALUES ($entity, $alias, $alias_key, $count)
            ON CONFLICT (entity_key, alias_key) DO UPDATE SET mention_count = mention_count + excluded.mention_count
            """);
        upsert.Parameters.AddWithValue("$entity", entity);
        upsert.Parameters.AddWithValue("$alias", alias);
        upsert.Parameters.AddWithValue("$alias_key", aliasKey);
        upsert.Parameters.AddWithValue("$count", count);
        upsert.ExecuteNonQuery();
        Remember(aliasKey, entity);
    }

    private void AddLookup(WriteContext context, long entity, string word)
    {
        if (_entitiesByKey.TryGetValue(word, out var known) && known.Contains(entity)) return;
        var insert = Statement(context, "INSERT INTO entity_lookup (word, entity_key) VALUES ($word, $entity) ON CONFLICT DO NOTHING");
        insert.Parameters.AddWithValue("$word", word);
        insert.Parameters.AddWithValue("$entity", entity);
        insert.ExecuteNonQuery();
        Remember(word, entity);
    }

    private void InsertMentions(WriteContext context, IReadOnlyList<EntityMention> mentions, Dictionary<int, long> entityOfChain, string date)
    {
        var insert = Statement(context, """
            INSERT INTO entity_mentions (document_key, sentence_key, entity_key, start_offset, end_offset, text, type, kind, chain)
            VALUES ($doc, $sentence, $entity, $start, $end, $text, $type, $kind, $chain) RETURNING key
            """);
        var role = Statement(context, """
            INSERT INTO entity_roles (entity_key, document_key, mention_key, role, text, organization, possessive, date, start_offset, end_offset)
            VALUES ($entity, $doc, $mention, $role, $text, $organization, $possessive, $date, $start, $end)
            """);
        foreach (var m in mentions)
        {
            long entity = entityOfChain[m.Chain];
            long mentionKey = (long)Bind(insert, ("$doc", context.DocumentKey), ("$sentence", context.SentenceKeyAt(m.Start)), ("$entity", entity),
                ("$start", m.Start), ("$end", m.End), ("$text", m.Text), ("$type", TypeText(m.Type)),
                ("$kind", m.Kind == MentionKind.Name ? "name" : "nominal"), ("$chain", m.Chain)).ExecuteScalar()!;
            if (m.Role is not { } r) continue;
            Bind(role, ("$entity", entity), ("$doc", context.DocumentKey), ("$mention", mentionKey), ("$role", r.Role), ("$text", r.Text),
                ("$organization", r.Organization), ("$possessive", r.Possessive ? 1 : 0), ("$date", date), ("$start", r.Start), ("$end", r.End))
                .ExecuteNonQuery();
        }
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

    private static string Parameters(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => $"$p{i}"));

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
