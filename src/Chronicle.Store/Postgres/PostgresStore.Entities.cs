using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Linking;
using Npgsql;
using NpgsqlTypes;

namespace Chronicle.Store.Postgres;

/// <summary>
/// Entities: the store persists the decisions of Chronicle.Entities' <see cref="EntityLinker"/> and answers its
/// catalogue reads. Decisions and mentions are buffered and written in one round trip (and one COPY) just
/// before the linker next reads the catalogue, or when the batch ends, so reads always see them.
/// </summary>
public sealed partial class PostgresStore : IEntityCatalogue
{
    private readonly EntityLinker _linker = new();
    private NpgsqlTransaction? _entityTransaction;
    // The catalogue version this writer left after its last committed batch (-1: none yet), and the largest
    // document key then: documents get their keys while the batch holds the catalogue lock, so later writers'
    // documents have larger keys.
    private long _catalogueVersion = -1, _batchVersion, _lastDocumentKey, _batchLastDocumentKey;
    private readonly List<(DocumentLinks Links, DateOnly Date)> _pendingLinks = [];
    private readonly List<PendingMention> _pendingMentions = [];

    /// <summary>A mention to write; StoredText is its text as stored ('' where it is the document text over its span).</summary>
    private sealed record PendingMention(long Key, long DocumentKey, long? SentenceKey, long Entity, EntityMention Mention, DateOnly Date, string StoredText);

    /// <summary>How many versions of catalogue changes are kept for writers that fall behind.</summary>
    private const long ChangesKept = 1000;

    private void BeginEntityBatch(NpgsqlTransaction transaction)
    {
        using var bump = Command(transaction, "UPDATE entity_catalogue SET version = version + 1 RETURNING version");
        _batchVersion = (long)bump.ExecuteScalar()!;
        _entityTransaction = transaction;
        _linker.BeginBatch(OthersChanged(transaction));
    }

    /// <summary>What other writers changed since this one's last batch; null when unknown (the first batch, or too far behind).</summary>
    private CatalogueChanges? OthersChanged(NpgsqlTransaction transaction)
    {
        if (_catalogueVersion < 0 || _batchVersion - _catalogueVersion > ChangesKept) return null;
        if (_batchVersion == _catalogueVersion + 1) return CatalogueChanges.None;
        using var read = Command(transaction, "SELECT keys, entities FROM entity_catalogue_changes WHERE version > $1 AND version < $2",
            _catalogueVersion, _batchVersion);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var entities = new HashSet<long>();
        using (var reader = read.ExecuteReader())
            while (reader.Read())
            {
                keys.UnionWith(reader.GetFieldValue<string[]>(0));
                entities.UnionWith(reader.GetFieldValue<long[]>(1));
            }
        using var documents = Command(transaction, """
            SELECT array_agg(DISTINCT entity_key) FROM entity_mentions WHERE document_key > $1 GROUP BY document_key ORDER BY document_key
            """, _lastDocumentKey);
        return new CatalogueChanges(keys, entities, ReadAll(documents, r => (IReadOnlyCollection<long>)r.GetFieldValue<long[]>(0)));
    }

    /// <summary>Links the document's mentions and buffers their rows; returns the entity key of each mention chain.</summary>
    private IReadOnlyDictionary<int, long> SaveEntities(NpgsqlTransaction transaction, DocumentAnalysis analysis, long documentKey, long[] sentenceKeys)
    {
        var mentions = analysis.Entities;
        if (mentions.Count == 0) return new Dictionary<int, long>();
        var links = _linker.Link(mentions, analysis.Document.Date, this);
        _pendingLinks.Add((links, analysis.Document.Date));
        var keys = _mentionKeys.Take(mentions.Count);
        int exactPrefix = StoredSpans.ExactPrefix(analysis.Document.Text);
        for (int i = 0; i < mentions.Count; i++)
            _pendingMentions.Add(new PendingMention(keys[i], documentKey, SentenceKeyAt(analysis, sentenceKeys, mentions[i].Start),
                links.EntityOfChain[mentions[i].Chain], mentions[i], analysis.Document.Date,
                StoredSpans.TextUnlessExact(analysis.Document.Text, exactPrefix, mentions[i].Start, mentions[i].End, mentions[i].Text)));
        return links.EntityOfChain;
    }

    /// <summary>Writes the buffered decisions, then the buffered mentions and their roles.</summary>
    private void WritePending()
    {
        if (_pendingLinks.Count == 0 && _pendingMentions.Count == 0) return;
        using var batch = new NpgsqlBatch(_connection, _entityTransaction);
        foreach (var (links, date) in _pendingLinks)
        {
            foreach (var e in links.Created)
                Add(batch, """
                    INSERT INTO entities (key, name, name_key, type, first_seen, last_seen, document_count, mention_count)
                    VALUES ($1, $2, $3, $4, $5, $5, 0, 0)
                    """, e.Key, e.Name, e.NameKey, StoredValues.TypeText(e.Type), date);
            foreach (var e in links.Renamed)
                Add(batch, "UPDATE entities SET name = $1, name_key = $2 WHERE key = $3", e.Name, e.NameKey, e.Key);
            foreach (var a in links.Aliases)
                Add(batch, """
                    INSERT INTO entity_aliases (entity_key, alias, alias_key, mention_count) VALUES ($1, $2, $3, $4)
                    ON CONFLICT (entity_key, alias_key) DO UPDATE SET mention_count = entity_aliases.mention_count + excluded.mention_count
                    """, a.Entity, a.Alias, a.AliasKey, a.Mentions);
            foreach (var l in links.Lookups)
                Add(batch, "INSERT INTO entity_lookup (word, entity_key) VALUES ($1, $2) ON CONFLICT DO NOTHING", l.Word, l.Entity);
        }
        if (batch.BatchCommands.Count > 0) batch.ExecuteNonQuery();
        _pendingLinks.Clear();
        CopyMentions();
    }

    private void CopyMentions()
    {
        if (_pendingMentions.Count == 0) return;
        using (var copy = _connection.BeginBinaryImport("""
            COPY entity_mentions (key, document_key, sentence_key, entity_key, start_offset, end_offset, text, type, kind, chain) FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var p in _pendingMentions)
            {
                copy.StartRow();
                copy.Write(p.Key, NpgsqlDbType.Bigint);
                copy.Write(p.DocumentKey, NpgsqlDbType.Bigint);
                WriteOrNull(copy, p.SentenceKey);
                copy.Write(p.Entity, NpgsqlDbType.Bigint);
                copy.Write(p.Mention.Start, NpgsqlDbType.Integer);
                copy.Write(p.Mention.End, NpgsqlDbType.Integer);
                copy.Write(p.StoredText, NpgsqlDbType.Text);
                copy.Write(StoredValues.TypeText(p.Mention.Type), NpgsqlDbType.Text);
                copy.Write(StoredValues.KindText(p.Mention.Kind), NpgsqlDbType.Text);
                copy.Write(p.Mention.Chain, NpgsqlDbType.Integer);
            }
            copy.Complete();
        }
        if (_pendingMentions.Any(p => p.Mention.Role is not null))
        {
            using var copy = _connection.BeginBinaryImport("""
                COPY entity_roles (entity_key, document_key, mention_key, role, text, organization, possessive, date, start_offset, end_offset) FROM STDIN (FORMAT BINARY)
                """);
            foreach (var p in _pendingMentions)
            {
                if (p.Mention.Role is not { } r) continue;
                copy.StartRow();
                copy.Write(p.Entity, NpgsqlDbType.Bigint);
                copy.Write(p.DocumentKey, NpgsqlDbType.Bigint);
                copy.Write(p.Key, NpgsqlDbType.Bigint);
                copy.Write(r.Role, NpgsqlDbType.Text);
                copy.Write(r.Text, NpgsqlDbType.Text);
                WriteOrNull(copy, r.Organization);
                copy.Write(r.Possessive, NpgsqlDbType.Boolean);
                copy.Write(p.Date, NpgsqlDbType.Date);
                copy.Write(r.Start, NpgsqlDbType.Integer);
                copy.Write(r.End, NpgsqlDbType.Integer);
            }
            copy.Complete();
        }
        _pendingMentions.Clear();
    }

    /// <summary>Writes what is buffered and the counters the linker gathered over the batch.</summary>
    private void FinishEntityBatch(NpgsqlTransaction transaction)
    {
        try
        {
            WritePending();
        }
        finally
        {
            _pendingLinks.Clear();
            _pendingMentions.Clear();
        }
        using (var last = Command(transaction, "SELECT coalesce(max(key), 0) FROM documents"))
            _batchLastDocumentKey = (long)last.ExecuteScalar()!;
        var counts = _linker.EndBatch();
        if (counts.Changed.Keys.Count > 0 || counts.Changed.Entities.Count > 0)
        {
            using var prune = Command(transaction, "DELETE FROM entity_catalogue_changes WHERE version <= $1", _batchVersion - ChangesKept);
            prune.ExecuteNonQuery();
            using var log = Command(transaction, "INSERT INTO entity_catalogue_changes (version, keys, entities) VALUES ($1, $2, $3)",
                _batchVersion, counts.Changed.Keys.ToArray(), counts.Changed.Entities.ToArray());
            log.ExecuteNonQuery();
        }
        if (counts.Entities.Count > 0)
        {
            using var update = Command(transaction, """
                UPDATE entities e SET document_count = e.document_count + c.documents, mention_count = e.mention_count + c.mentions,
                    first_seen = LEAST(e.first_seen, c.first_seen), last_seen = GREATEST(e.last_seen, c.last_seen)
                FROM unnest($1::bigint[], $2::int[], $3::int[], $4::date[], $5::date[]) AS c(key, documents, mentions, first_seen, last_seen)
                WHERE e.key = c.key
                """, counts.Entities.Select(c => c.Entity).ToArray(), counts.Entities.Select(c => c.Documents).ToArray(),
                counts.Entities.Select(c => c.Mentions).ToArray(), counts.Entities.Select(c => c.FirstSeen).ToArray(),
                counts.Entities.Select(c => c.LastSeen).ToArray());
            update.ExecuteNonQuery();
        }
        if (counts.Aliases.Count > 0)
        {
            using var update = Command(transaction, """
                UPDATE entity_aliases a SET mention_count = a.mention_count + c.mentions
                FROM unnest($1::bigint[], $2::text[], $3::int[]) AS c(entity_key, alias_key, mentions)
                WHERE a.entity_key = c.entity_key AND a.alias_key = c.alias_key
                """, counts.Aliases.Select(c => c.Entity).ToArray(), counts.Aliases.Select(c => c.AliasKey).ToArray(),
                counts.Aliases.Select(c => c.Mentions).ToArray());
            update.ExecuteNonQuery();
        }
        if (counts.Retyped.Count > 0)
        {
            using var retype = Command(transaction, """
                UPDATE entities e SET type = c.type FROM unnest($1::bigint[], $2::text[]) AS c(key, type) WHERE e.key = c.key
                """, counts.Retyped.Select(r => r.Entity).ToArray(), counts.Retyped.Select(r => StoredValues.TypeText(r.Type)).ToArray());
            retype.ExecuteNonQuery();
        }
    }

    private void EntityBatchCommitted()
    {
        _catalogueVersion = _batchVersion;
        _lastDocumentKey = _batchLastDocumentKey;
        _linker.BatchCommitted();
    }

    private static void Add(NpgsqlBatch batch, string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        batch.BatchCommands.Add(command);
    }

    IReadOnlyCollection<long> IEntityCatalogue.EntitiesWithKey(string key)
    {
        WritePending();
        using var find = Command(_entityTransaction, """
            SELECT key FROM entities WHERE name_key = $1
            UNION SELECT entity_key FROM entity_aliases WHERE alias_key = $1
            UNION SELECT entity_key FROM entity_lookup WHERE word = $1
            """, key);
        return ReadAll(find, r => r.GetInt64(0));
    }

    CatalogueEntity IEntityCatalogue.Load(long key)
    {
        WritePending();
        using var find = Command(_entityTransaction, """
            SELECT name, name_key, type, document_count,
                   ARRAY(SELECT alias_key FROM entity_aliases WHERE entity_key = $1),
                   ARRAY(SELECT word FROM entity_lookup WHERE entity_key = $1)
            FROM entities WHERE key = $1
            """, key);
        using var r = find.ExecuteReader();
        r.Read();
        return new CatalogueEntity(key, r.GetString(0), r.GetString(1), StoredValues.ParseType(r.GetString(2)), r.GetInt32(3),
            r.GetFieldValue<string[]>(4), r.GetFieldValue<string[]>(5));
    }

    IEnumerable<IReadOnlyCollection<long>> IEntityCatalogue.LatestDocuments(long entity, int documents)
    {
        WritePending();
        using var latest = Command(_entityTransaction, """
            SELECT other.document_key, array_agg(DISTINCT other.entity_key) FROM entity_mentions other
            WHERE other.document_key IN (SELECT document_key FROM entity_mentions WHERE entity_key = $1
                                         GROUP BY document_key ORDER BY document_key DESC LIMIT $2)
            GROUP BY other.document_key ORDER BY other.document_key
            """, entity, documents);
        return ReadAll(latest, r => (IReadOnlyCollection<long>)r.GetFieldValue<long[]>(1));
    }

    long IEntityCatalogue.NewEntityKey() => _entityKeys.Next();

    IReadOnlyDictionary<EntityType, int> IEntityCatalogue.MentionTypes(long entity)
    {
        WritePending();
        using var count = Command(_entityTransaction, "SELECT type, count(*)::int FROM entity_mentions WHERE entity_key = $1 GROUP BY type", entity);
        return ReadAll(count, r => (Type: StoredValues.ParseType(r.GetString(0)), Count: r.GetInt32(1))).ToDictionary(c => c.Type, c => c.Count);
    }

    public IReadOnlyList<EntityRecord> FindEntities(string name)
    {
        string key = NameKey.Of(name);
        using var find = Command($"""
            SELECT {EntityColumns} FROM entities WHERE key IN (
                SELECT key FROM entities WHERE name_key = $1
                UNION SELECT entity_key FROM entity_aliases WHERE alias_key = $1)
            ORDER BY name_key = $1 DESC, document_count DESC, mention_count DESC, key
            """, key);
        var found = ReadAll(find, ReadEntity);
        if (found.Count > 0 || key.Contains(' ')) return found;
        using var bySurname = Command($"""
            SELECT {EntityColumns} FROM entities WHERE key IN (SELECT entity_key FROM entity_lookup WHERE word = $1)
            ORDER BY document_count DESC, mention_count DESC, key
            """, key);
        return ReadAll(bySurname, ReadEntity);
    }

    public EntityProfile? GetEntity(long key)
    {
        using var find = Command($"SELECT {EntityColumns} FROM entities WHERE key = $1", key);
        var entity = ReadAll(find, ReadEntity).FirstOrDefault();
        if (entity is null) return null;
        using var aliases = Command("SELECT alias, mention_count FROM entity_aliases WHERE entity_key = $1 ORDER BY mention_count DESC, alias COLLATE \"C\"", key);
        using var roles = Command("""
            SELECT r.role, r.text, r.organization, r.possessive, r.date, d.id FROM entity_roles r
            JOIN documents d ON d.key = r.document_key WHERE r.entity_key = $1 ORDER BY r.date, r.document_key, r.start_offset
            """, key);
        return new EntityProfile(entity,
            ReadAll(aliases, r => new EntityAlias(r.GetString(0), r.GetInt32(1))),
            ReadAll(roles, r => new EntityRoleRecord(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetBoolean(3),
                r.GetFieldValue<DateOnly>(4), r.GetString(5))));
    }

    public IReadOnlyList<EntityRecord> ListEntities(int limit = 50, EntityType? type = null)
    {
        using var list = Command($"""
            SELECT {EntityColumns} FROM entities WHERE ($1::text IS NULL OR type = $1)
            ORDER BY document_count DESC, mention_count DESC, name COLLATE "C" LIMIT $2
            """, type is { } t ? StoredValues.TypeText(t) : null, (long)limit);
        list.Parameters[0].NpgsqlDbType = NpgsqlDbType.Text;
        return ReadAll(list, ReadEntity);
    }

    public IReadOnlyList<StoredEntityMention> EntityMentions(string documentId)
    {
        using var list = Command("""
            SELECT m.entity_key, e.name, m.start_offset, m.end_offset, coalesce(nullif(m.text, ''), substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset)),
                   m.type, m.kind, m.chain
            FROM entity_mentions m JOIN entities e ON e.key = m.entity_key JOIN documents d ON d.key = m.document_key
            WHERE d.id = $1 ORDER BY m.start_offset, m.end_offset
            """, documentId);
        return ReadAll(list, r => new StoredEntityMention(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4),
            StoredValues.ParseType(r.GetString(5)), StoredValues.ParseKind(r.GetString(6)), r.GetInt32(7)));
    }

    private const string EntityColumns = "key, name, type, document_count, mention_count, first_seen, last_seen";

    private static EntityRecord ReadEntity(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), StoredValues.ParseType(r.GetString(2)), r.GetInt32(3), r.GetInt32(4),
        r.GetFieldValue<DateOnly>(5), r.GetFieldValue<DateOnly>(6));
}
