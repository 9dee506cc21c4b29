using Chronicle.Domain.Time;
using NpgsqlTypes;

namespace Chronicle.Store.Postgres;

/// <summary>Time: each document's time expressions with the interval their value covers.</summary>
public sealed partial class PostgresStore
{
    private void CopyTimes(List<StoredAnalysis> stored, List<long[]> sentenceKeys)
    {
        if (!stored.Any(s => s.Analysis.Times.Count > 0)) return;
        using var copy = _connection.BeginBinaryImport("""
            COPY time_mentions (document_key, sentence_key, start_offset, end_offset, text, type, value, mod, inferred,
                granularity, earliest, end_exclusive, stated_parts, inferred_parts) FROM STDIN (FORMAT BINARY)
            """);
        for (int d = 0; d < stored.Count; d++)
        {
            var (analysis, documentKey) = stored[d];
            string text = analysis.Document.Text;
            int exactPrefix = StoredSpans.ExactPrefix(text);
            foreach (var mention in analysis.Times)
            {
                var parsed = mention.Parsed;
                copy.StartRow();
                copy.Write(documentKey, NpgsqlDbType.Bigint);
                WriteOrNull(copy, SentenceKeyAt(analysis, sentenceKeys[d], mention.Start));
                copy.Write(mention.Start, NpgsqlDbType.Integer);
                copy.Write(mention.End, NpgsqlDbType.Integer);
                copy.Write(StoredSpans.TextUnlessExact(text, exactPrefix, mention.Start, mention.End, mention.Text), NpgsqlDbType.Text);
                copy.Write(StoredValues.TimexTypeText(mention.Type), NpgsqlDbType.Text);
                copy.Write(mention.Value, NpgsqlDbType.Text);
                WriteOrNull(copy, mention.Mod);
                copy.Write(mention.Inferred, NpgsqlDbType.Boolean);
                copy.Write(parsed.Granularity.ToString(), NpgsqlDbType.Text);
                WriteInstant(parsed.Earliest);
                WriteInstant(parsed.End);
                copy.Write((int)mention.StatedParts, NpgsqlDbType.Integer);
                copy.Write((int)mention.InferredParts, NpgsqlDbType.Integer);
            }
        }
        copy.Complete();

        void WriteInstant(DateTime? instant)
        {
            if (instant is { } i) copy.Write(DateTime.SpecifyKind(i, DateTimeKind.Unspecified), NpgsqlDbType.Timestamp);
            else copy.WriteNull();
        }
    }

    public IReadOnlyList<StoredTimeMention> TimeMentions(string documentId)
    {
        using var list = Command("""
            SELECT t.start_offset, t.end_offset, coalesce(nullif(t.text, ''), substr(d.text, t.start_offset + 1, t.end_offset - t.start_offset)), t.type, t.value, t.inferred, t.mod, t.stated_parts, t.inferred_parts, s.idx
            FROM time_mentions t JOIN documents d ON d.key = t.document_key LEFT JOIN sentence_spans s ON s.key = t.sentence_key
            WHERE d.id = $1 ORDER BY t.start_offset, t.end_offset
            """, documentId);
        return ReadAll(list, r => new StoredTimeMention(
            new TimeMention(r.GetInt32(0), r.GetInt32(1), r.GetString(2), StoredValues.ParseTimexType(r.GetString(3)), r.GetString(4),
                r.GetBoolean(5), r.IsDBNull(6) ? null : r.GetString(6))
            {
                StatedParts = (TimexParts)r.GetInt32(7),
                InferredParts = (TimexParts)r.GetInt32(8),
            },
            r.IsDBNull(9) ? null : r.GetInt32(9)));
    }
}
