using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

public sealed partial class SqliteStore
{
    public IReadOnlyList<MentionedSentence> SentencesMentioning(IReadOnlyCollection<long> entityKeys, DateOnly? publishedOnOrBefore, DateOnly? publishedOnOrAfter = null) =>
        // The sentences first (through the mention index by entity), then every mention inside them. A window of
        // dates is read by date first (documents_by_date, then the mentions of each document of the window).
        publishedOnOrAfter is { } after
            ? ReadMentionedSentences(entityKeys, publishedOnOrBefore, """
                SELECT DISTINCT m.sentence_key FROM documents d CROSS JOIN entity_mentions m
                WHERE d.date >= $after AND ($before IS NULL OR d.date <= $before)
                  AND m.document_key = d.key AND m.entity_key IN (SELECT key FROM wanted) AND m.sentence_key IS NOT NULL
                """, ("$after", DateText(after)))
            : ReadMentionedSentences(entityKeys, publishedOnOrBefore, """
                SELECT DISTINCT m.sentence_key FROM entity_mentions m
                JOIN wanted w ON m.entity_key = w.key
                JOIN documents d ON d.key = m.document_key
                WHERE m.sentence_key IS NOT NULL AND ($before IS NULL OR d.date <= $before)
                """);

    public IReadOnlyList<MentionedSentence> SentencesAround(IReadOnlyCollection<long> entityKeys, IReadOnlyCollection<long> contextKeys, DateOnly? publishedOnOrBefore, int following,
        DateOnly? publishedOnOrAfter = null) =>
        publishedOnOrAfter is { } after
            ? ReadMentionedSentences(entityKeys, publishedOnOrBefore, """
                SELECT DISTINCT s.key FROM (
                    SELECT DISTINCT m.document_key, named.idx FROM documents d
                    CROSS JOIN entity_mentions m
                    JOIN sentence_spans named ON named.key = m.sentence_key
                    WHERE d.date >= $after AND ($before IS NULL OR d.date <= $before)
                      AND m.document_key = d.key
                      AND m.entity_key IN (SELECT key FROM wanted UNION ALL SELECT value FROM json_each($context))
                      AND EXISTS (SELECT 1 FROM entity_mentions m2 WHERE m2.document_key = d.key AND m2.entity_key IN (SELECT key FROM wanted))) n
                JOIN sentence_spans s ON s.document_key = n.document_key AND s.idx BETWEEN n.idx AND n.idx + $following
                """, ("$context", Keys(contextKeys)), ("$following", following), ("$after", DateText(after)))
            : ReadMentionedSentences(entityKeys, publishedOnOrBefore, """
                SELECT DISTINCT s.key FROM (
                    SELECT DISTINCT m.document_key, named.idx FROM entity_mentions m
                    JOIN sentence_spans named ON named.key = m.sentence_key
                    WHERE m.entity_key IN (SELECT key FROM wanted UNION ALL SELECT value FROM json_each($context))
                      AND m.document_key IN (
                        SELECT m2.document_key FROM entity_mentions m2
                        JOIN wanted w ON m2.entity_key = w.key
                        JOIN documents d ON d.key = m2.document_key
                        WHERE $before IS NULL OR d.date <= $before)) n
                JOIN sentence_spans s ON s.document_key = n.document_key AND s.idx BETWEEN n.idx AND n.idx + $following
                """, ("$context", Keys(contextKeys)), ("$following", following));

    /// <summary>The sentences whose keys <paramref name="sentenceKeys"/> selects (it may read the table `wanted` of entity keys), with their mentions.</summary>
    private List<MentionedSentence> ReadMentionedSentences(IReadOnlyCollection<long> entityKeys, DateOnly? publishedOnOrBefore, string sentenceKeys,
        params (string Name, object Value)[] parameters)
    {
        if (entityKeys.Count == 0) return [];
        MentionedSentenceRows rows;
        using (var command = Command(null, $"""
            WITH wanted(key) AS (SELECT value FROM json_each($keys)),
            hits(sentence_key) AS ({sentenceKeys})
            SELECT d.id, d.date, s.idx, s.text, s.start_offset, s.key
            FROM hits h
            JOIN sentences s ON s.key = h.sentence_key
            JOIN documents d ON d.key = s.document_key
            ORDER BY d.date, d.id, s.idx
            """))
        {
            command.Parameters.AddWithValue("$keys", Keys(entityKeys));
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
            command.Parameters.AddWithValue("$before", publishedOnOrBefore is { } b ? DateText(b) : DBNull.Value);
            using var reader = command.ExecuteReader();
            rows = MentionedSentenceRows.ReadSentences(reader);
        }
        using var mentions = Command(null, """
            SELECT m.sentence_key, m.entity_key, m.type, m.start_offset, m.end_offset,
                   coalesce(nullif(m.text, ''), substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset))
            FROM json_each($sentences) j JOIN sentence_spans s ON s.key = j.value
            JOIN entity_mentions m ON m.document_key = s.document_key AND m.sentence_key = s.key
            JOIN documents d ON d.key = m.document_key
            ORDER BY m.sentence_key, m.start_offset, m.end_offset, m.key
            """);
        mentions.Parameters.AddWithValue("$sentences", Keys(rows.Keys));
        using var mentionRows = mentions.ExecuteReader();
        return rows.WithMentions(mentionRows);
    }

    private static string Keys(IReadOnlyCollection<long> keys) => "[" + string.Join(',', keys) + "]";
}
