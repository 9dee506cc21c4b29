using Chronicle.Domain.Documents;
using Npgsql;
using NpgsqlTypes;

namespace Chronicle.Store.Postgres;

/// <summary>
/// The server store: one PostgreSQL database, several writers and readers at once. Same tables, contracts and
/// answers as the SQLite store. A batch is one transaction: documents are inserted with ON CONFLICT (id) DO
/// NOTHING (a page another writer stored first is a duplicate), everything else goes in with binary COPY under
/// keys drawn from the tables' sequences, and entity decisions come from Chronicle.Entities' linker.
/// </summary>
public sealed partial class PostgresStore : IChronicleStore
{
    private readonly NpgsqlConnection _connection;

    public PostgresStore(string location)
    {
        var builder = PostgresLocation.ConnectionString(location);
        // The same few statements run for every document: let Npgsql prepare them on the server.
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        Location = PostgresLocation.Display(builder);
        _connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            _connection.Open();
            PostgresMigrator.Migrate(_connection);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            _connection.Dispose();
            throw new StoreUnavailableException($"cannot open the PostgreSQL store {Location}: {e.Message}", e);
        }
        _sentenceKeys = new KeyPool(_connection, "sentences_key_seq");
        _entityKeys = new KeyPool(_connection, "entities_key_seq");
        _mentionKeys = new KeyPool(_connection, "entity_mentions_key_seq");
        _eventKeys = new KeyPool(_connection, "events_key_seq");
    }

    public string Location { get; }

    private readonly KeyPool _sentenceKeys, _entityKeys, _mentionKeys, _eventKeys;

    public BatchResult SaveBatch(IReadOnlyList<DocumentAnalysis> batch)
    {
        using var transaction = _connection.BeginTransaction();
        // The catalogue's row lock comes first, before any document row, so writers store one batch at a time and a
        // writer waiting for it holds nothing another waits for (no deadlock on documents two writers both store).
        BeginEntityBatch(transaction);
        var stored = InsertDocuments(transaction, batch);
        var sentenceKeys = CopySentences(stored);
        CopyNoise(stored);
        CopyTimes(stored, sentenceKeys);
        var entityOfChain = new IReadOnlyDictionary<int, long>[stored.Count];
        for (int i = 0; i < stored.Count; i++) entityOfChain[i] = SaveEntities(transaction, stored[i].Analysis, stored[i].Key, sentenceKeys[i]);
        FinishEntityBatch(transaction);
        CopyEvents(stored, sentenceKeys, entityOfChain);
        transaction.Commit();
        EntityBatchCommitted();
        return new BatchResult(stored.Count, batch.Count - stored.Count);
    }

    private sealed record StoredAnalysis(DocumentAnalysis Analysis, long Key);

    /// <summary>The batch's documents that were not stored before (by this batch or any writer), with their keys, in batch order.</summary>
    private List<StoredAnalysis> InsertDocuments(NpgsqlTransaction transaction, IReadOnlyList<DocumentAnalysis> batch)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var fresh = batch.Where(a => seen.Add(a.Document.Id)).ToList();
        if (fresh.Count == 0) return [];
        var documents = fresh.Select(a => a.Document).ToList();
        using var insert = new NpgsqlCommand("""
            INSERT INTO documents (id, date, title, url, source, external_id, text, characters, sentence_count, ingested_at)
            SELECT id, date, title, url, source, external_id, text, characters, sentence_count, now()
            FROM unnest($1::text[], $2::date[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[])
                 WITH ORDINALITY AS d(id, date, title, url, source, external_id, text, characters, sentence_count, position)
            ORDER BY position
            ON CONFLICT (id) DO NOTHING
            RETURNING id, key
            """, _connection, transaction);
        insert.Parameters.AddWithValue(documents.Select(d => d.Id).ToArray());
        insert.Parameters.AddWithValue(documents.Select(d => d.Date).ToArray());
        insert.Parameters.AddWithValue(documents.Select(d => d.Title).ToArray());
        insert.Parameters.AddWithValue(documents.Select(d => d.Url).ToArray());
        insert.Parameters.AddWithValue(documents.Select(d => d.Source).ToArray());
        insert.Parameters.AddWithValue(documents.Select(d => d.ExternalId).ToArray());
        insert.Parameters.AddWithValue(documents.Select(d => d.Text).ToArray());
        insert.Parameters.AddWithValue(documents.Select(d => d.Text.Length).ToArray());
        insert.Parameters.AddWithValue(fresh.Select(a => a.Sentences.Count).ToArray());
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var reader = insert.ExecuteReader())
            while (reader.Read()) keys[reader.GetString(0)] = reader.GetInt64(1);
        return fresh.Where(a => keys.ContainsKey(a.Document.Id)).Select(a => new StoredAnalysis(a, keys[a.Document.Id])).ToList();
    }

    /// <summary>
    /// Stores every sentence of the stored documents as a span of its text (a copy only where substr cannot cut it,
    /// see <see cref="StoredSpans"/>) with its English stems for search; returns their keys per document, in sentence order.
    /// </summary>
    private List<long[]> CopySentences(List<StoredAnalysis> stored)
    {
        var keys = new List<long[]>(stored.Count);
        int total = stored.Sum(s => s.Analysis.Sentences.Count);
        var all = _sentenceKeys.Take(total);
        var documentKeys = new long[total];
        var indexes = new int[total];
        var starts = new int[total];
        var ends = new int[total];
        var copies = new string?[total];
        var texts = new string[total];
        int next = 0;
        foreach (var (analysis, documentKey) in stored)
        {
            var sentenceKeys = new long[analysis.Sentences.Count];
            string text = analysis.Document.Text;
            int exactPrefix = StoredSpans.ExactPrefix(text);
            foreach (var sentence in analysis.Sentences)
            {
                sentenceKeys[sentence.Index] = all[next];
                (documentKeys[next], indexes[next], starts[next], ends[next], texts[next]) =
                    (documentKey, sentence.Index, sentence.Start, sentence.End, sentence.Text);
                copies[next++] = StoredSpans.CopyUnlessExact(text, exactPrefix, sentence.Start, sentence.End, sentence.Text);
            }
            keys.Add(sentenceKeys);
        }
        if (total == 0) return keys;
        // The text travels to the server for its stems only: the table keeps the span.
        using var insert = new NpgsqlCommand("""
            INSERT INTO sentence_spans (key, document_key, idx, start_offset, end_offset, copied_text, words)
            SELECT key, document_key, idx, start_offset, end_offset, copied_text, to_tsvector('english', text)
            FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[])
                 AS s(key, document_key, idx, start_offset, end_offset, copied_text, text)
            """, _connection);
        insert.Parameters.AddWithValue(all);
        insert.Parameters.AddWithValue(documentKeys);
        insert.Parameters.AddWithValue(indexes);
        insert.Parameters.AddWithValue(starts);
        insert.Parameters.AddWithValue(ends);
        insert.Parameters.AddWithValue(copies);
        insert.Parameters.AddWithValue(texts);
        insert.ExecuteNonQuery();
        return keys;
    }

    private void CopyNoise(List<StoredAnalysis> stored)
    {
        if (!stored.Any(s => s.Analysis.Noise.Count > 0)) return;
        using var copy = _connection.BeginBinaryImport("COPY noise (document_key, start_offset, end_offset, reason) FROM STDIN (FORMAT BINARY)");
        foreach (var (analysis, documentKey) in stored)
            foreach (var noise in analysis.Noise)
            {
                copy.StartRow();
                copy.Write(documentKey, NpgsqlDbType.Bigint);
                copy.Write(noise.Span.Start, NpgsqlDbType.Integer);
                copy.Write(noise.Span.End, NpgsqlDbType.Integer);
                copy.Write(noise.Reason, NpgsqlDbType.Text);
            }
        copy.Complete();
    }

    /// <summary>The key of the sentence that contains a page offset, or null when it lies outside every sentence.</summary>
    private static long? SentenceKeyAt(DocumentAnalysis analysis, long[] sentenceKeys, int offset) =>
        StoredValues.SentenceAt(analysis.Sentences, offset) is { } i ? sentenceKeys[i] : null;

    public bool ContainsDocument(string documentId)
    {
        using var command = Command("SELECT 1 FROM documents WHERE id = $1", documentId);
        return command.ExecuteScalar() is not null;
    }

    public IReadOnlyList<DocumentSummary> ListDocuments(int limit = int.MaxValue)
    {
        using var command = Command($"SELECT {SummaryColumns} FROM documents ORDER BY date, key LIMIT $1", (long)limit);
        return ReadAll(command, r => ReadSummary(r, 0));
    }

    public StoredDocument? GetDocument(string documentIdOrPrefix)
    {
        long key;
        DocumentSummary summary;
        string text;
        using (var find = Command($"""
            SELECT key, {SummaryColumns}, text FROM documents WHERE id = $1 OR id LIKE $2 ESCAPE '\' ORDER BY id = $1 DESC LIMIT 2
            """, documentIdOrPrefix, EscapeLike(documentIdOrPrefix) + "%"))
        using (var reader = find.ExecuteReader())
        {
            if (!reader.Read()) return null;
            key = reader.GetInt64(0);
            summary = ReadSummary(reader, 1);
            text = reader.GetString(8);
            if (summary.Id != documentIdOrPrefix && reader.Read())
                throw new AmbiguousDocumentException(documentIdOrPrefix);
        }
        using var sentences = Command("SELECT idx, start_offset, end_offset, text FROM sentences WHERE document_key = $1 ORDER BY idx", key);
        var sentenceList = ReadAll(sentences, r => new Sentence(r.GetInt32(0), new TextSpan(r.GetInt32(1), r.GetInt32(2)), r.GetString(3)));
        using var noise = Command("SELECT start_offset, end_offset, reason FROM noise WHERE document_key = $1 ORDER BY start_offset", key);
        var noiseList = ReadAll(noise, r => new NoiseSpan(new TextSpan(r.GetInt32(0), r.GetInt32(1)), r.GetString(2)));
        return new StoredDocument(summary, text, sentenceList, noiseList);
    }

    /// <summary>
    /// English stems through the sentences' GIN index, ranked by ts_rank, matches highlighted by ts_headline: all
    /// terms first, then any term, as the SQLite store does. Each term is a phrase, parsed by phraseto_tsquery, so
    /// no user text can be a query syntax error.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var phrases = FullTextQuery.Phrases(query.Text);
        if (phrases.Count == 0) return [];
        foreach (string join in phrases.Count > 1 ? new[] { " && ", " || " } : [" && "])
        {
            var hits = SearchWith(phrases, join, query);
            if (hits.Count > 0) return hits;
        }
        return [];
    }

    private List<SearchHit> SearchWith(List<string> phrases, string join, SearchQuery query)
    {
        string match = string.Join(join, phrases.Select((_, i) => $"phraseto_tsquery('english', ${i + 5})"));
        using var command = Command($"""
            WITH q AS (SELECT {match} AS query),
            hits AS (
                SELECT s.key, s.idx, s.start_offset, s.end_offset, s.text, d.id, d.date, d.title, ts_rank(s.words, q.query) AS score
                FROM sentences s JOIN documents d ON d.key = s.document_key, q
                WHERE s.words @@ q.query AND ($1::date IS NULL OR d.date >= $1) AND ($2::date IS NULL OR d.date <= $2)
                ORDER BY score DESC, d.date DESC, s.key
                LIMIT $3)
            SELECT h.id, h.date, h.title, h.idx, h.start_offset, h.end_offset, h.text, ts_headline('english', h.text, q.query, $4), h.score
            FROM hits h, q ORDER BY h.score DESC, h.date DESC, h.key
            """,
            [(object?)query.After ?? DBNull.Value, (object?)query.Before ?? DBNull.Value, (long)query.Limit,
             $"HighlightAll=true, StartSel={SearchQuery.MatchOpen}, StopSel={SearchQuery.MatchClose}", .. phrases]);
        command.Parameters[0].NpgsqlDbType = NpgsqlDbType.Date;
        command.Parameters[1].NpgsqlDbType = NpgsqlDbType.Date;
        return ReadAll(command, r => new SearchHit(
            r.GetString(0), r.GetFieldValue<DateOnly>(1), r.IsDBNull(2) ? null : r.GetString(2),
            r.GetInt32(3), new TextSpan(r.GetInt32(4), r.GetInt32(5)), r.GetString(6), r.GetString(7), r.GetFloat(8)));
    }

    public void Dispose() => _connection.Dispose();

    private const string SummaryColumns = "id, date, title, source, url, characters, sentence_count";

    private static DocumentSummary ReadSummary(NpgsqlDataReader r, int o) => new(
        r.GetString(o), r.GetFieldValue<DateOnly>(o + 1),
        r.IsDBNull(o + 2) ? null : r.GetString(o + 2), r.IsDBNull(o + 3) ? null : r.GetString(o + 3),
        r.IsDBNull(o + 4) ? null : r.GetString(o + 4), r.GetInt32(o + 5), r.GetInt32(o + 6));

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>A command with positional parameters ($1, $2, ...) outside any transaction.</summary>
    private NpgsqlCommand Command(string sql, params object?[] values) => Command(null, sql, values);

    private NpgsqlCommand Command(NpgsqlTransaction? transaction, string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, _connection, transaction);
        foreach (var value in values) command.Parameters.AddWithValue(value ?? DBNull.Value);
        return command;
    }

    private static List<T> ReadAll<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read)
    {
        var list = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }

    private static void WriteOrNull(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Text);
    }

    private static void WriteOrNull(NpgsqlBinaryImporter copy, long? value)
    {
        if (value is { } v) copy.Write(v, NpgsqlDbType.Bigint);
        else copy.WriteNull();
    }

    /// <summary>
    /// Keys drawn from a table's sequence ahead of the rows that take them, so that rows can be copied in with
    /// their keys and referenced before they are written. Drawn keys are never handed out again, even when the
    /// transaction that drew them rolls back.
    /// </summary>
    private sealed class KeyPool(NpgsqlConnection connection, string sequence)
    {
        private readonly Queue<long> _keys = new();

        public long Next() => Take(1)[0];

        public long[] Take(int count)
        {
            if (_keys.Count < count)
            {
                using var draw = new NpgsqlCommand($"SELECT nextval('{sequence}') FROM generate_series(1, $1)", connection);
                draw.Parameters.AddWithValue(Math.Max(count - _keys.Count, 256));
                using var reader = draw.ExecuteReader();
                while (reader.Read()) _keys.Enqueue(reader.GetInt64(0));
            }
            var taken = new long[count];
            for (int i = 0; i < count; i++) taken[i] = _keys.Dequeue();
            return taken;
        }
    }
}
