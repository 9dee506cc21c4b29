using Chronicle.Domain.Documents;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>What a stage's write hook gets while one document of a batch is being stored.</summary>
public sealed class WriteContext(SqliteConnection connection, SqliteTransaction transaction, long documentKey, DocumentAnalysis analysis, IReadOnlyList<long> sentenceKeys)
{
    public SqliteConnection Connection { get; } = connection;
    public SqliteTransaction Transaction { get; } = transaction;
    /// <summary>documents.key of the document being stored.</summary>
    public long DocumentKey { get; } = documentKey;
    public DocumentAnalysis Analysis { get; } = analysis;
    /// <summary>sentences.key for each sentence, in the order of Analysis.Sentences.</summary>
    public IReadOnlyList<long> SentenceKeys { get; } = sentenceKeys;
    /// <summary>The stored entity key of each of the document's mention chains, once its entities are stored (empty before, or without the entity stage).</summary>
    public IReadOnlyDictionary<int, long> EntityOfChain { get; set; } = new Dictionary<int, long>();

    /// <summary>The key of the sentence that contains a page offset, or null when it lies outside every sentence.</summary>
    public long? SentenceKeyAt(int offset) => StoredValues.SentenceAt(Analysis.Sentences, offset) is { } i ? SentenceKeys[i] : null;

    public SqliteCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return command;
    }
}
