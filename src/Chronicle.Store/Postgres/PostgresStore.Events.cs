using Chronicle.Domain.Events;
using Npgsql;
using NpgsqlTypes;

namespace Chronicle.Store.Postgres;

/// <summary>Events: each document's event mentions, their arguments, and a word index over the entities they name.</summary>
public sealed partial class PostgresStore
{
    private void CopyEvents(List<StoredAnalysis> stored, List<long[]> sentenceKeys)
    {
        int count = stored.Sum(s => s.Analysis.Events.Count);
        if (count == 0) return;
        var keys = _eventKeys.Take(count);
        int next = 0;
        var arguments = new List<(long Event, int Position, EventArgument Argument)>();
        var words = new List<(string Word, long Event, DateOnly Reported)>();
        using (var copy = _connection.BeginBinaryImport("""
            COPY events (key, document_key, sentence_key, reported, type, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end,
                evidence, time_value, time_anchor, modality, negated, attribution) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (int d = 0; d < stored.Count; d++)
            {
                var (analysis, documentKey) = stored[d];
                var reported = analysis.Document.Date;
                foreach (var e in analysis.Events)
                {
                    long key = keys[next++];
                    copy.StartRow();
                    copy.Write(key, NpgsqlDbType.Bigint);
                    copy.Write(documentKey, NpgsqlDbType.Bigint);
                    WriteOrNull(copy, SentenceKeyAt(analysis, sentenceKeys[d], e.EvidenceStart));
                    copy.Write(reported, NpgsqlDbType.Date);
                    copy.Write(e.Type, NpgsqlDbType.Text);
                    copy.Write(e.TriggerStart, NpgsqlDbType.Integer);
                    copy.Write(e.TriggerEnd, NpgsqlDbType.Integer);
                    copy.Write(e.Trigger, NpgsqlDbType.Text);
                    copy.Write(e.EvidenceStart, NpgsqlDbType.Integer);
                    copy.Write(e.EvidenceEnd, NpgsqlDbType.Integer);
                    copy.Write(analysis.Document.Text[e.EvidenceStart..e.EvidenceEnd], NpgsqlDbType.Text);
                    WriteOrNull(copy, e.Time);
                    copy.Write(e.TimeAnchor.ToString(), NpgsqlDbType.Text);
                    copy.Write(e.Modality.ToString(), NpgsqlDbType.Text);
                    copy.Write(e.Negated, NpgsqlDbType.Boolean);
                    WriteOrNull(copy, e.Attribution);
                    var named = new HashSet<string>(StringComparer.Ordinal);
                    for (int i = 0; i < e.Arguments.Count; i++)
                    {
                        arguments.Add((key, i, e.Arguments[i]));
                        if (e.Arguments[i].Kind is "person" or "org" or "entity") named.UnionWith(EventWords.Of(e.Arguments[i].Value));
                    }
                    words.AddRange(named.Select(w => (w, key, reported)));
                }
            }
            copy.Complete();
        }
        using (var copy = _connection.BeginBinaryImport(
            "COPY event_arguments (event_key, position, role, value, text, start_offset, end_offset, kind) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (eventKey, position, a) in arguments)
            {
                copy.StartRow();
                copy.Write(eventKey, NpgsqlDbType.Bigint);
                copy.Write(position, NpgsqlDbType.Integer);
                copy.Write(a.Role, NpgsqlDbType.Text);
                copy.Write(a.Value, NpgsqlDbType.Text);
                copy.Write(a.Text, NpgsqlDbType.Text);
                copy.Write(a.Start, NpgsqlDbType.Integer);
                copy.Write(a.End, NpgsqlDbType.Integer);
                WriteOrNull(copy, a.Kind);
            }
            copy.Complete();
        }
        using (var copy = _connection.BeginBinaryImport("COPY event_words (word, event_key, reported) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (word, eventKey, reported) in words)
            {
                copy.StartRow();
                copy.Write(word, NpgsqlDbType.Text);
                copy.Write(eventKey, NpgsqlDbType.Bigint);
                copy.Write(reported, NpgsqlDbType.Date);
            }
            copy.Complete();
        }
    }

    public IReadOnlyList<EventRecord> EventsNaming(IReadOnlyCollection<string> words, DateOnly? reportedOnOrBefore, IReadOnlyCollection<string>? types = null)
    {
        if (words.Count == 0) return [];
        using var find = Command("""
            SELECT DISTINCT w.event_key FROM event_words w
            WHERE w.word = ANY($1) AND w.reported <= $2
              AND ($3::text[] IS NULL OR EXISTS (SELECT 1 FROM events e WHERE e.key = w.event_key AND e.type = ANY($3)))
            """, words.Distinct().ToArray(), reportedOnOrBefore ?? DateOnly.MaxValue, types?.ToArray());
        find.Parameters[2].NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text;
        var keys = ReadAll(find, r => r.GetInt64(0));
        return keys.Count == 0 ? [] : Load("e.key = ANY($1)", keys.ToArray());
    }

    public IReadOnlyList<EventRecord> EventsReported(DateOnly? from, DateOnly? to) =>
        Load("e.reported BETWEEN $1 AND $2", from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue);

    private List<EventRecord> Load(string where, params object[] values)
    {
        var arguments = new Dictionary<long, List<EventArgument>>();
        using (var args = Command($"SELECT a.event_key, a.role, a.value, a.text, a.start_offset, a.end_offset, a.kind FROM event_arguments a JOIN events e ON e.key = a.event_key WHERE {where} ORDER BY a.event_key, a.position", values))
        using (var reader = args.ExecuteReader())
            while (reader.Read())
            {
                long key = reader.GetInt64(0);
                if (!arguments.TryGetValue(key, out var list)) arguments[key] = list = [];
                list.Add(new EventArgument(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
            }
        using var events = Command($"""
            SELECT e.key, d.id, e.reported, e.evidence, e.type, e.trigger_start, e.trigger_end, e.trigger_text, e.evidence_start, e.evidence_end,
                   e.time_value, e.time_anchor, e.modality, e.negated, e.attribution, s.idx
            FROM events e JOIN documents d ON d.key = e.document_key LEFT JOIN sentences s ON s.key = e.sentence_key
            WHERE {where} ORDER BY e.reported, e.key
            """, values);
        return ReadAll(events, r =>
        {
            long key = r.GetInt64(0);
            var mention = new EventMention(r.GetString(4), r.IsDBNull(15) ? -1 : r.GetInt32(15), r.GetInt32(5), r.GetInt32(6), r.GetString(7),
                arguments.GetValueOrDefault(key) ?? [], r.IsDBNull(10) ? null : r.GetString(10), Enum.Parse<Modality>(r.GetString(12)),
                r.GetBoolean(13), r.IsDBNull(14) ? null : r.GetString(14))
            {
                TimeAnchor = Enum.Parse<TimeAnchor>(r.GetString(11)),
                EvidenceStart = r.GetInt32(8),
                EvidenceEnd = r.GetInt32(9),
            };
            return new EventRecord(key, r.GetString(1), r.GetFieldValue<DateOnly>(2), r.GetString(3), mention);
        });
    }
}
