namespace Chronicle.Store.Postgres;

public sealed partial class PostgresStore
{
    public IReadOnlyList<MentionedSentence> SentencesMentioning(IReadOnlyCollection<long> entityKeys, DateOnly? publishedOnOrBefore, DateOnly? publishedOnOrAfter = null) =>
        ReadMentionedSentences(entityKeys, publishedOnOrBefore, """
            SELECT DISTINCT m.sentence_key FROM entity_mentions m
            JOIN documents d ON d.key = m.document_key
            WHERE m.entity_key = ANY($1) AND m.sentence_key IS NOT NULL AND ($2::date IS NULL OR d.date <= $2) AND ($3::date IS NULL OR d.date >= $3)
            """, (object?)publishedOnOrAfter);

    public IReadOnlyList<MentionedSentence> SentencesAround(IReadOnlyCollection<long> entityKeys, IReadOnlyCollection<long> contextKeys, DateOnly? publishedOnOrBefore, int following,
        DateOnly? publishedOnOrAfter = null) =>
        ReadMentionedSentences(entityKeys, publishedOnOrBefore, """
            SELECT DISTINCT s.key FROM (
                SELECT DISTINCT m.document_key, named.idx FROM entity_mentions m
                JOIN sentence_spans named ON named.key = m.sentence_key
                WHERE (m.entity_key = ANY($1) OR m.entity_key = ANY($3))
                  AND m.document_key IN (
                    SELECT m2.document_key FROM entity_mentions m2
                    JOIN documents d ON d.key = m2.document_key
                    WHERE m2.entity_key = ANY($1) AND ($2::date IS NULL OR d.date <= $2) AND ($5::date IS NULL OR d.date >= $5))) n
            JOIN sentence_spans s ON s.document_key = n.document_key AND s.idx BETWEEN n.idx AND n.idx + $4
            """, contextKeys.ToArray(), following, (object?)publishedOnOrAfter);

    /// <summary>The sentences whose keys <paramref name="sentenceKeys"/> selects ($1 the entity keys, $2 the date, then <paramref name="more"/>), with their mentions.</summary>
    private List<MentionedSentence> ReadMentionedSentences(IReadOnlyCollection<long> entityKeys, DateOnly? publishedOnOrBefore, string sentenceKeys, params object?[] more)
    {
        if (entityKeys.Count == 0) return [];
        MentionedSentenceRows rows;
        using (var command = Command($"""
            WITH hits(sentence_key) AS ({sentenceKeys})
            SELECT d.id, d.date, s.idx, s.text, s.start_offset, s.key
            FROM hits h
            JOIN sentences s ON s.key = h.sentence_key
            JOIN documents d ON d.key = s.document_key
            ORDER BY d.date, d.id COLLATE "C", s.idx
            """, [entityKeys.ToArray(), publishedOnOrBefore, .. more]))
        {
            // The dates (the one given and a window's start, either null) are typed: a null's type cannot be inferred.
            for (int i = 1; i < command.Parameters.Count; i++)
                if (i == 1 || more[i - 2] is null or DateOnly) command.Parameters[i].NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date;
            using var reader = command.ExecuteReader();
            rows = MentionedSentenceRows.ReadSentences(reader);
        }
        using var mentions = Command("""
            SELECT m.sentence_key, m.entity_key, m.type, m.start_offset, m.end_offset,
                   coalesce(nullif(m.text, ''), substr(d.text, m.start_offset + 1, m.end_offset - m.start_offset))
            FROM sentence_spans s
            JOIN entity_mentions m ON m.document_key = s.document_key AND m.sentence_key = s.key
            JOIN documents d ON d.key = m.document_key
            WHERE s.key = ANY($1)
            ORDER BY m.sentence_key, m.start_offset, m.end_offset, m.key
            """, rows.Keys.ToArray());
        using var mentionRows = mentions.ExecuteReader();
        return rows.WithMentions(mentionRows);
    }
}
