using System.Globalization;
using Chronicle.Domain.Time;

namespace Chronicle.Store.Sqlite;

/// <summary>Time: each document's time expressions (found per sentence by Chronicle.Time) with the interval their value covers.</summary>
public sealed partial class SqliteStore
{
    private void SaveTimes(WriteContext context)
    {
        var times = context.Analysis.Times;
        if (times.Count == 0) return;
        _insertTime ??= new RowInsert(_connection, """
            INSERT INTO time_mentions (document_key, sentence_key, start_offset, end_offset, text, type, value, mod, inferred,
                granularity, earliest, end_exclusive, stated_parts, inferred_parts)
            VALUES ($doc, $sentence, $start, $end, $text, $type, $value, $mod, $inferred,
                $granularity, $earliest, $end_exclusive, $stated, $inferred_parts)
            """);
        string text = context.Analysis.Document.Text;
        int exactPrefix = StoredSpans.ExactPrefix(text);
        foreach (var mention in times)
        {
            var parsed = mention.Parsed;
            _insertTime.Value(context.DocumentKey).Value(context.SentenceKeyAt(mention.Start)).Value(mention.Start).Value(mention.End)
                .Value(StoredSpans.TextUnlessExact(text, exactPrefix, mention.Start, mention.End, mention.Text)).Value(TimexTypeText(mention.Type)).Value(mention.Value).Value(mention.Mod).Value(mention.Inferred ? 1 : 0)
                .Value(parsed.Granularity.ToString()).Value(Instant(parsed.Earliest)).Value(Instant(parsed.End))
                .Value((int)mention.StatedParts).Value((int)mention.InferredParts).Insert();
        }
    }

    private RowInsert? _insertTime;

    public IReadOnlyList<StoredTimeMention> TimeMentions(string documentId)
    {
        using var list = Command(null, """
            SELECT t.start_offset, t.end_offset, coalesce(nullif(t.text, ''), substr(d.text, t.start_offset + 1, t.end_offset - t.start_offset)), t.type, t.value, t.inferred, t.mod, t.stated_parts, t.inferred_parts, s.idx
            FROM time_mentions t JOIN documents d ON d.key = t.document_key LEFT JOIN sentence_spans s ON s.key = t.sentence_key
            WHERE d.id = $id ORDER BY t.start_offset, t.end_offset
            """);
        list.Parameters.AddWithValue("$id", documentId);
        return ReadAll(list, r => new StoredTimeMention(
            new TimeMention(r.GetInt32(0), r.GetInt32(1), r.GetString(2), ParseTimexType(r.GetString(3)), r.GetString(4),
                r.GetInt32(5) != 0, r.IsDBNull(6) ? null : r.GetString(6))
            {
                StatedParts = (TimexParts)r.GetInt32(7),
                InferredParts = (TimexParts)r.GetInt32(8),
            },
            r.IsDBNull(9) ? null : r.GetInt32(9)));
    }

    private static string? Instant(DateTime? instant) =>
        instant?.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    public static string TimexTypeText(TimexType type) => StoredValues.TimexTypeText(type);

    private static TimexType ParseTimexType(string text) => StoredValues.ParseTimexType(text);
}
