using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Linking;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>
/// Entities: the store persists the decisions of Chronicle.Entities' <see cref="EntityLinker"/> (which entity each
/// name chain is, new entities, fuller names, aliases, lookup words, counters) and answers its catalogue reads.
/// </summary>
public sealed partial class SqliteStore : IEntityCatalogue
{
    private readonly Dictionary<string, PreparedStatement> _statements = new(StringComparer.Ordinal);
    private readonly EntityLinker _linker = new();
    private RowInsert? _insertMention, _insertRole;

    // The transaction the linker's current batch runs in (null: no entities stored in this batch yet); the next
    // new entity key in it; and PRAGMA data_version after our last batch, which changes only when another
    // connection commits.
    private SqliteTransaction? _entityTransaction;
    private long _nextEntityKey;
    private long _dataVersion = -1;

    /// <summary>A statement compiled once for the life of the store.</summary>
    private PreparedStatement Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement)) _statements[sql] = statement = new PreparedStatement(_connection, sql);
        return statement;
    }

    private void SaveEntities(WriteContext context)
    {
        var mentions = context.Analysis.Entities;
        if (mentions.Count == 0) return;
        if (!ReferenceEquals(_entityTransaction, context.Transaction))
        {
            long version = (long)Statement("PRAGMA data_version").With(context.Transaction).ExecuteScalar()!;
            _linker.BeginBatch(othersWrote: version != _dataVersion);
            _dataVersion = version;
            _entityTransaction = context.Transaction;
            _nextEntityKey = 0;
        }
        var links = _linker.Link(mentions, context.Analysis.Document.Date, this);
        string date = DateText(context.Analysis.Document.Date);
        var transaction = context.Transaction;
        foreach (var e in links.Created)
            Statement("""
                INSERT INTO entities (key, name, name_key, type, first_seen, last_seen, document_count, mention_count)
                VALUES ($key, $name, $name_key, $type, $date, $date, 0, 0)
                """).With(transaction, e.Key, e.Name, e.NameKey, TypeText(e.Type), date).ExecuteNonQuery();
        foreach (var e in links.Renamed)
            Statement("UPDATE entities SET name = $name, name_key = $name_key WHERE key = $key")
                .With(transaction, e.Name, e.NameKey, e.Key).ExecuteNonQuery();
        foreach (var a in links.Aliases)
            Statement("""
                INSERT INTO entity_aliases (entity_key, alias, alias_key, mention_count) VALUES ($entity, $alias, $alias_key, $count)
                ON CONFLICT (entity_key, alias_key) DO UPDATE SET mention_count = mention_count + excluded.mention_count
                """).With(transaction, a.Entity, a.Alias, a.AliasKey, a.Mentions).ExecuteNonQuery();
        foreach (var l in links.Lookups)
            Statement("INSERT INTO entity_lookup (word, entity_key) VALUES ($word, $entity) ON CONFLICT DO NOTHING")
                .With(transaction, l.Word, l.Entity).ExecuteNonQuery();
        InsertMentions(context, mentions, links.EntityOfChain, date);
        context.EntityOfChain = links.EntityOfChain;
    }

    /// <summary>Writes the counters the linker gathered over the batch, once per batch instead of once per document.</summary>
    private void FinishEntityBatch(SqliteTransaction transaction)
    {
        if (!ReferenceEquals(_entityTransaction, transaction)) return;
        var counts = _linker.EndBatch();
        var update = Statement("""
            UPDATE entities SET document_count = document_count + $documents, mention_count = mention_count + $mentions,
                first_seen = MIN(first_seen, $first), last_seen = MAX(last_seen, $last)
            WHERE key = $key
            """);
        foreach (var e in counts.Entities)
            update.With(transaction, e.Documents, e.Mentions, DateText(e.FirstSeen), DateText(e.LastSeen), e.Entity).ExecuteNonQuery();
        var alias = Statement("UPDATE entity_aliases SET mention_count = mention_count + $count WHERE entity_key = $entity AND alias_key = $alias_key");
        foreach (var a in counts.Aliases)
            alias.With(transaction, a.Mentions, a.Entity, a.AliasKey).ExecuteNonQuery();
        var retype = Statement("UPDATE entities SET type = $type WHERE key = $key");
        foreach (var r in counts.Retyped)
            retype.With(transaction, TypeText(r.Type), r.Entity).ExecuteNonQuery();
    }

    private void EntityBatchCommitted(SqliteTransaction transaction)
    {
        if (ReferenceEquals(_entityTransaction, transaction)) _linker.BatchCommitted();
    }

    IReadOnlyCollection<long> IEntityCatalogue.EntitiesWithKey(string key)
    {
        var find = Statement("""
            SELECT key FROM entities WHERE name_key = $key
            UNION SELECT entity_key FROM entity_aliases WHERE alias_key = $key
            UNION SELECT entity_key FROM entity_lookup WHERE word = $key
            """);
        return ReadAll(find.With(_entityTransaction!, key), r => r.GetInt64(0));
    }

    CatalogueEntity IEntityCatalogue.Load(long key)
    {
        string name, nameKey, type;
        int documents;
        using (var r = Statement("SELECT name, name_key, type, document_count FROM entities WHERE key = $key").With(_entityTransaction!, key).ExecuteReader())
        {
            r.Read();
            (name, nameKey, type, documents) = (r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3));
        }
        var aliases = ReadAll(Statement("SELECT alias_key FROM entity_aliases WHERE entity_key = $key").With(_entityTransaction!, key), r => r.GetString(0));
        var words = ReadAll(Statement("SELECT word FROM entity_lookup WHERE entity_key = $key").With(_entityTransaction!, key), r => r.GetString(0));
        return new CatalogueEntity(key, name, nameKey, ParseType(type), documents, aliases, words);
    }

    IEnumerable<IReadOnlyCollection<long>> IEntityCatalogue.LatestDocuments(long entity, int documents)
    {
        var latest = Statement("""
            SELECT DISTINCT other.document_key, other.entity_key FROM entity_mentions other
            WHERE other.document_key IN (SELECT document_key FROM entity_mentions WHERE entity_key = $key
                                         GROUP BY document_key ORDER BY document_key DESC LIMIT $documents)
            ORDER BY other.document_key, other.entity_key
            """);
        var rows = ReadAll(latest.With(_entityTransaction!, entity, documents), r => (Document: r.GetInt64(0), Entity: r.GetInt64(1)));
        return rows.GroupBy(r => r.Document).Select(g => (IReadOnlyCollection<long>)g.Select(r => r.Entity).ToList());
    }

    /// <summary>What SQLite would give the next row (one past the largest key), counted on within the transaction.</summary>
    long IEntityCatalogue.NewEntityKey()
    {
        if (_nextEntityKey == 0)
            _nextEntityKey = (long)Statement("SELECT coalesce(max(key), 0) + 1 FROM entities").With(_entityTransaction!).ExecuteScalar()!;
        return _nextEntityKey++;
    }

    IReadOnlyDictionary<EntityType, int> IEntityCatalogue.MentionTypes(long entity)
    {
        var count = Statement("SELECT type, count(*) FROM entity_mentions WHERE entity_key = $key GROUP BY type");
        return ReadAll(count.With(_entityTransaction!, entity), r => (Type: ParseType(r.GetString(0)), Count: r.GetInt32(1)))
            .ToDictionary(c => c.Type, c => c.Count);
    }

    private void InsertMentions(WriteContext context, IReadOnlyList<EntityMention> mentions, Dictionary<int, long> entityOfChain, string date)
    {
        _insertMention ??= new RowInsert(_connection, """
            INSERT INTO entity_mentions (document_key, sentence_key, entity_key, start_offset, end_offset, text, type, kind, chain)
            VALUES ($doc, $sentence, $entity, $start, $end, $text, $type, $kind, $chain)
            """);
        _insertRole ??= new RowInsert(_connection, """
            INSERT INTO entity_roles (entity_key, document_key, mention_key, role, text, organization, possessive, date, start_offset, end_offset)
            VALUES ($entity, $doc, $mention, $role, $text, $organization, $possessive, $date, $start, $end)
            """);
        string text = context.Analysis.Document.Text;
        int exactPrefix = StoredSpans.ExactPrefix(text);
        foreach (var m in mentions)
        {
            long entity = entityOfChain[m.Chain];
            long mentionKey = _insertMention.Value(context.DocumentKey).Value(context.SentenceKeyAt(m.Start)).Value(entity)
                .Value(m.Start).Value(m.End).Value(StoredSpans.TextUnlessExact(text, exactPrefix, m.Start, m.End, m.Text)).Value(TypeText(m.Type)).Value(StoredValues.KindText(m.Kind)).Value(m.Chain)
                .Insert();
            if (m.Role is { } r)
                _insertRole.Value(entity).Value(context.DocumentKey).Value(mentionKey).Value(r.Role).Value(r.Text).Value(r.Organization)
                    .Value(r.Possessive ? 1 : 0).Value(date).Value(r.Start).Value(r.End).Insert();
        }
    }

    private void DisposeEntities()
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
            SELECT m.entity_key, e.name, m.start_offset, m.end_offset, coalesce(nullif(m.text, ''), substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset)),
                   m.type, m.kind, m.chain
            FROM entity_mentions m JOIN entities e ON e.key = m.entity_key JOIN documents d ON d.key = m.document_key
            WHERE d.id = $id ORDER BY m.start_offset, m.end_offset
            """);
        list.Parameters.AddWithValue("$id", documentId);
        return ReadAll(list, r => new StoredEntityMention(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4),
            ParseType(r.GetString(5)), StoredValues.ParseKind(r.GetString(6)), r.GetInt32(7)));
    }

    private const string EntityColumns = "key, name, type, document_count, mention_count, first_seen, last_seen";

    private static EntityRecord ReadEntity(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), ParseType(r.GetString(2)), r.GetInt32(3), r.GetInt32(4),
        DateOnly.ParseExact(r.GetString(5), "yyyy-MM-dd"), DateOnly.ParseExact(r.GetString(6), "yyyy-MM-dd"));

    public static string TypeText(EntityType type) => StoredValues.TypeText(type);

    private static EntityType ParseType(string text) => StoredValues.ParseType(text);
}
