using Chronicle.Domain.Events;
using Chronicle.Entities.Linking;
using Chronicle.Facts;
using Npgsql;
using NpgsqlTypes;

namespace Chronicle.Store.Postgres;

/// <summary>Events: each document's event mentions, their arguments, and a word index over the entities they name.</summary>
public sealed partial class PostgresStore
{
    private void CopyEvents(List<StoredAnalysis> stored, List<long[]> sentenceKeys, IReadOnlyDictionary<int, long>[] entityOfChain)
    {
        int count = stored.Sum(s => s.Analysis.Events.Count);
        if (count == 0) return;
        var keys = _eventKeys.Take(count);
        int next = 0;
        var arguments = new List<(long Event, int Position, EventArgument Argument, string StoredText, long? Entity)>();
        var words = new List<(string Word, long Event, DateOnly Reported)>();
        var partitions = new List<(string Partition, long Event)>();
        using (var copy = _connection.BeginBinaryImport("""
            COPY events (key, document_key, sentence_key, reported, type, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end,
                evidence, time_value, time_anchor, modality, negated, attribution) FROM STDIN (FORMAT BINARY)
            """))
        {
            for (int d = 0; d < stored.Count; d++)
            {
                var (analysis, documentKey) = stored[d];
                var reported = analysis.Document.Date;
                int exactPrefix = StoredSpans.ExactPrefix(analysis.Document.Text);
                var entityKeys = ArgumentEntities.Keys(analysis, entityOfChain[d]);
                for (int n = 0; n < analysis.Events.Count; n++)
                {
                    var e = analysis.Events[n];
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
                    copy.Write(StoredSpans.EvidenceCopy(analysis.Document.Text, exactPrefix, e.EvidenceStart, e.EvidenceEnd), NpgsqlDbType.Text);
                    WriteOrNull(copy, e.Time);
                    copy.Write(e.TimeAnchor.ToString(), NpgsqlDbType.Text);
                    copy.Write(e.Modality.ToString(), NpgsqlDbType.Text);
                    copy.Write(e.Negated, NpgsqlDbType.Boolean);
                    WriteOrNull(copy, e.Attribution);
                    var named = new HashSet<string>(StringComparer.Ordinal);
                    for (int i = 0; i < e.Arguments.Count; i++)
                    {
                        var a = e.Arguments[i];
                        arguments.Add((key, i, a, StoredSpans.TextUnlessExact(analysis.Document.Text, exactPrefix, a.Start, a.End, a.Text), entityKeys[n][i]));
                        if (e.Arguments[i].NamesEntity) named.UnionWith(EventWords.Of(e.Arguments[i].Value));
                    }
                    words.AddRange(named.Select(w => (w, key, reported)));
                    partitions.AddRange(FactPartitions.Default.Of(e, entityKeys[n]).Select(p => (p, key)));
                }
            }
            copy.Complete();
        }
        using (var copy = _connection.BeginBinaryImport(
            "COPY event_arguments (event_key, position, role, value, text, start_offset, end_offset, kind, entity_key) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (eventKey, position, a, storedText, entity) in arguments)
            {
                copy.StartRow();
                copy.Write(eventKey, NpgsqlDbType.Bigint);
                copy.Write(position, NpgsqlDbType.Integer);
                copy.Write(a.Role, NpgsqlDbType.Text);
                copy.Write(StoredEventRows.StoredValue(a), NpgsqlDbType.Text);
                copy.Write(storedText, NpgsqlDbType.Text);
                copy.Write(a.Start, NpgsqlDbType.Integer);
                copy.Write(a.End, NpgsqlDbType.Integer);
                WriteOrNull(copy, a.Kind);
                WriteOrNull(copy, entity);
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
        MarkPartitions(partitions, arguments.Where(a => a.Entity is not null).Select(a => a.Entity!.Value));
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
        Dictionary<long, List<EventArgument>> arguments;
        using (var args = Command(StoredEventRows.SelectArguments + where + StoredEventRows.OrderArguments, values))
        using (var reader = args.ExecuteReader())
            arguments = StoredEventRows.ReadArguments(reader);
        using var events = Command(StoredEventRows.SelectEvents + where + StoredEventRows.OrderEvents, values);
        using var rows = events.ExecuteReader();
        return StoredEventRows.ReadEvents(rows, arguments);
    }
}
