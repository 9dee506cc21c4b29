using Chronicle.Domain.Documents;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, marked as Chronicle's (see <see cref="SqliteStoreFile"/>). Each stage adds its tables through a numbered
/// migration and its writes in its own file of this class (SaveTimes, SaveEntities, SaveEvents), all called inside
/// the batch's single transaction.
/// </summary>
public sealed partial class SqliteStore : IChronicleStore
{
    private readonly SqliteConnection _connection;

    /// <summary>Opens the Chronicle store at a path; creates it when <paramref name="createIfMissing"/> (never its folder). Faults are <see cref="StoreException"/>s.</summary>
    public SqliteStore(string path, bool createIfMissing = true)
    {
        Location = path;
        _connection = SqliteStoreFile.Open(path, createIfMissing);
        Pragma("synchronous = NORMAL");
        Pragma("foreign_keys = ON");
        Pragma("temp_store = MEMORY");
        Pragma("cache_size = -65536");
        // Answers over many facts read the sentences of thousands of sources, one document page each, scattered over
        // the file: more pages than the cache holds. Mapped, a page already in the OS cache is read without a copy
        // (docs/BENCHMARKS.md, "Stored fact states").
        Pragma("mmap_size = 4294967296");
    }

    public string Location { get; }

    /// <summary>The open connection, for stage files of this partial class and for tests.</summary>
    internal SqliteConnection Connection => _connection;

    public BatchResult SaveBatch(IReadOnlyList<DocumentAnalysis> batch)
    {
        int stored = 0, duplicates = 0;
        using var transaction = _connection.BeginTransaction();
        using var exists = Command(transaction, "SELECT 1 FROM documents WHERE id = $id");
        var existsId = exists.Parameters.Add("$id", SqliteType.Text);
        using var insertDocument = Command(transaction, """
            INSERT INTO documents (id, date, title, url, source, external_id, text, characters, sentence_count, ingested_at)
            VALUES ($id, $date, $title, $url, $source, $external_id, $text, $characters, $sentence_count, $ingested_at)
            RETURNING key
            """);
        // Sentences, their full-text rows and noise spans come by the dozen a page: bound by position through SQLite's C API.
        // A sentence is stored as its span of the document text; the full-text index reads its text through the view `sentences`.
        var insertSentence = _insertSentence ??= new RowInsert(_connection,
            "INSERT INTO sentence_spans (document_key, idx, start_offset, end_offset, copied_text) VALUES (?, ?, ?, ?, ?)");
        var indexSentence = _indexSentence ??= new RowInsert(_connection, "INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)");
        var insertNoise = _insertNoise ??= new RowInsert(_connection,
            "INSERT INTO noise (document_key, start_offset, end_offset, reason) VALUES (?, ?, ?, ?)");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string now = DateTime.UtcNow.ToString("O");

        foreach (var analysis in batch)
        {
            var document = analysis.Document;
            existsId.Value = document.Id;
            if (!seen.Add(document.Id) || exists.ExecuteScalar() is not null)
            {
                duplicates++;
                continue;
            }
            long documentKey = (long)Bind(insertDocument,
                ("$id", document.Id), ("$date", DateText(document.Date)), ("$title", document.Title), ("$url", document.Url),
                ("$source", document.Source), ("$external_id", document.ExternalId), ("$text", document.Text),
                ("$characters", document.Text.Length), ("$sentence_count", analysis.Sentences.Count), ("$ingested_at", now))
                .ExecuteScalar()!;
            var sentenceKeys = new long[analysis.Sentences.Count];
            int exactPrefix = StoredSpans.ExactPrefix(document.Text);
            foreach (var sentence in analysis.Sentences)
            {
                long key = insertSentence.Value(documentKey).Value(sentence.Index).Value(sentence.Start).Value(sentence.End)
                    .Value(StoredSpans.CopyUnlessExact(document.Text, exactPrefix, sentence.Start, sentence.End, sentence.Text)).Insert();
                sentenceKeys[sentence.Index] = key;
                indexSentence.Value(key).Value(sentence.Text).Insert();
            }
            foreach (var noise in analysis.Noise)
                insertNoise.Value(documentKey).Value(noise.Span.Start).Value(noise.Span.End).Value(noise.Reason).Insert();

            var context = new WriteContext(_connection, transaction, documentKey, analysis, sentenceKeys);
            SaveTimes(context);
            SaveEntities(context);
            SaveEvents(context);
            stored++;
        }
        FinishEntityBatch(transaction);
        transaction.Commit();
        EntityBatchCommitted(transaction);
        return new BatchResult(stored, duplicates);
    }

    public bool ContainsDocument(string documentId)
    {
        using var command = Command(null, "SELECT 1 FROM documents WHERE id = $id");
        command.Parameters.AddWithValue("$id", documentId);
        return command.ExecuteScalar() is not null;
    }

    public IReadOnlyList<DocumentSummary> ListDocuments(int limit = int.MaxValue)
    {
        using var command = Command(null,
            $"SELECT {SummaryColumns} FROM documents ORDER BY date, key LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit);
        return ReadAll(command, ReadSummary);
    }

    public StoredDocument? GetDocument(string documentIdOrPrefix)
    {
        using var find = Command(null,
            $"SELECT key, {SummaryColumns}, text FROM documents WHERE id = $id OR id LIKE $prefix ESCAPE '\\' ORDER BY id = $id DESC LIMIT 2");
        find.Parameters.AddWithValue("$id", documentIdOrPrefix);
        find.Parameters.AddWithValue("$prefix", EscapeLike(documentIdOrPrefix) + "%");
        long key;
        DocumentSummary summary;
        string text;
        using (var reader = find.ExecuteReader())
        {
            if (!reader.Read()) return null;
            key = reader.GetInt64(0);
            summary = ReadSummary(reader, 1);
            text = reader.GetString(8);
            if (summary.Id != documentIdOrPrefix && reader.Read())
                throw new AmbiguousDocumentException(documentIdOrPrefix);
        }
        using var sentences = Command(null, "SELECT idx, start_offset, end_offset, text FROM sentences WHERE document_key = $key ORDER BY idx");
        sentences.Parameters.AddWithValue("$key", key);
        var sentenceList = ReadAll(sentences, r => new Sentence(r.GetInt32(0), new TextSpan(r.GetInt32(1), r.GetInt32(2)), r.GetString(3)));
        using var noise = Command(null, "SELECT start_offset, end_offset, reason FROM noise WHERE document_key = $key ORDER BY start_offset");
        noise.Parameters.AddWithValue("$key", key);
        var noiseList = ReadAll(noise, r => new NoiseSpan(new TextSpan(r.GetInt32(0), r.GetInt32(1)), r.GetString(2)));
        return new StoredDocument(summary, text, sentenceList, noiseList);
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        foreach (string match in FullTextQuery.Candidates(query.Text))
        {
            var hits = SearchWith(match, query);
            if (hits.Count > 0) return hits;
        }
        return [];
    }

    private List<SearchHit> SearchWith(string match, SearchQuery query)
    {
        using var command = Command(null, $"""
            SELECT d.id, d.date, d.title, s.idx, s.start_offset, s.end_offset, s.text,
                   highlight(sentences_fts, 0, '{SearchQuery.MatchOpen}', '{SearchQuery.MatchClose}'), bm25(sentences_fts)
            FROM sentences_fts
            JOIN sentences s ON s.key = sentences_fts.rowid
            JOIN documents d ON d.key = s.document_key
            WHERE sentences_fts MATCH $match
              AND ($after IS NULL OR d.date >= $after)
              AND ($before IS NULL OR d.date <= $before)
            ORDER BY bm25(sentences_fts), d.date DESC, s.key
            LIMIT $limit
            """);
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$after", query.After is { } a ? DateText(a) : DBNull.Value);
        command.Parameters.AddWithValue("$before", query.Before is { } b ? DateText(b) : DBNull.Value);
        command.Parameters.AddWithValue("$limit", query.Limit);
        return ReadAll(command, r => new SearchHit(
            r.GetString(0), DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd"), r.IsDBNull(2) ? null : r.GetString(2),
            r.GetInt32(3), new TextSpan(r.GetInt32(4), r.GetInt32(5)), r.GetString(6), r.GetString(7), -r.GetDouble(8)));
    }

    private RowInsert? _insertSentence, _indexSentence, _insertNoise;

    public void Dispose()
    {
        DisposeEntities();
        _insertSentence?.Dispose();
        _indexSentence?.Dispose();
        _insertNoise?.Dispose();
        foreach (var insert in new[] { _insertTime, _insertEvent, _insertArgument, _insertEventWord, _insertPartition, _markStale, _markEntityStale }) insert?.Dispose();
        // A passive checkpoint keeps the -wal file small for the next reader.
        try { Pragma("wal_checkpoint(PASSIVE)"); } catch (SqliteException) { }
        _connection.Dispose();
    }

    private const string SummaryColumns = "id, date, title, source, url, characters, sentence_count";

    private static DocumentSummary ReadSummary(SqliteDataReader r) => ReadSummary(r, 0);

    private static DocumentSummary ReadSummary(SqliteDataReader r, int o) => new(
        r.GetString(o), DateOnly.ParseExact(r.GetString(o + 1), "yyyy-MM-dd"),
        r.IsDBNull(o + 2) ? null : r.GetString(o + 2), r.IsDBNull(o + 3) ? null : r.GetString(o + 3),
        r.IsDBNull(o + 4) ? null : r.GetString(o + 4), r.GetInt32(o + 5), r.GetInt32(o + 6));

    internal static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd");

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    internal SqliteCommand Command(SqliteTransaction? transaction, string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    internal static List<T> ReadAll<T>(SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        var list = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) list.Add(read(reader));
        return list;
    }

    private static SqliteCommand Bind(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            if (command.Parameters.Contains(name)) command.Parameters[name].Value = value ?? DBNull.Value;
            else command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    private void Pragma(string pragma)
    {
        using var command = Command(null, "PRAGMA " + pragma);
        command.ExecuteNonQuery();
    }
}
