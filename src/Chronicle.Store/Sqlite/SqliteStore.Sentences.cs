using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

public sealed partial class SqliteStore
{
    public IReadOnlyList<MentionedSentence> SentencesMentioning(IReadOnlyCollection<long> entityKeys, DateOnly? publishedOnOrBefore) =>
        // The sentences first (through the mention index by entity), then every mention inside them.
        ReadMentionedSentences(entityKeys, publishedOnOrBefore, """
            SELECT DISTINCT m.sentence_key FROM entity_mentions m
            JOIN wanted w ON m.entity_key = w.key
            JOIN documents d ON d.key = m.document_key
            WHERE m.sentence_key IS NOT NULL AND ($before IS NULL OR d.date <= $before)
            """);

    public IReadOnlyList<MentionedSentence> SentencesOfDocumentsMentioning(IReadOnlyCollection<long> entityKeys, DateOnly? publishedOnOrBefore) =>
        ReadMentionedSentences(entityKeys, publishedOnOrBefore, """
            SELECT s.key FROM sentences s WHERE s.document_key IN (
                SELECT DISTINCT m.document_key FROM entity_mentions m
                JOIN wanted w ON m.entity_key = w.key
                JOIN documents d ON d.key = m.document_key
                WHERE $before IS NULL OR d.date <= $before)
            """);

    /// <summary>The sentences whose keys <paramref name="sentenceKeys"/> selects (it may read the table `wanted` of entity keys), with their mentions.</summary>
    private List<MentionedSentence> ReadMentionedSentences(IReadOnlyCollection<long> entityKeys, DateOnly? publishedOnOrBefore, string sentenceKeys)
    {
        if (entityKeys.Count == 0) return [];
        using var command = Command(null, $"""
            WITH wanted(key) AS (SELECT value FROM json_each($keys)),
            hits(sentence_key) AS ({sentenceKeys})
            SELECT d.id, d.date, s.idx, s.text, s.start_offset, s.key,
                   m.entity_key, m.type, m.start_offset, m.end_offset, m.text
            FROM hits h
            JOIN sentences s ON s.key = h.sentence_key
            JOIN documents d ON d.key = s.document_key
            LEFT JOIN entity_mentions m ON m.document_key = s.document_key AND m.sentence_key = s.key
            ORDER BY d.date, d.id, s.idx, m.start_offset, m.end_offset
            """);
        command.Parameters.AddWithValue("$keys", "[" + string.Join(',', entityKeys) + "]");
        command.Parameters.AddWithValue("$before", publishedOnOrBefore is { } b ? DateText(b) : DBNull.Value);
        using var reader = command.ExecuteReader();
        return MentionedSentenceRows.Read(reader);
    }
}
