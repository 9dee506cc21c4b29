using System.Globalization;
using Chronicle.Domain.Events;
using Chronicle.Entities.Linking;
using Chronicle.Facts;
using Microsoft.Data.Sqlite;

namespace Chronicle.Store.Sqlite;

/// <summary>Events: each document's event mentions, their arguments, and a word index over the entities they name.</summary>
public sealed partial class SqliteStore
{
    private void SaveEvents(WriteContext context)
    {
        var events = context.Analysis.Events;
        if (events.Count == 0) return;
        string reported = Iso(context.Analysis.Document.Date);
        string text = context.Analysis.Document.Text;
        int exactPrefix = StoredSpans.ExactPrefix(text);
        _insertEvent ??= new RowInsert(_connection, """
            INSERT INTO events (document_key, sentence_key, reported, type, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end,
                evidence, time_value, time_anchor, modality, negated, attribution)
            VALUES ($doc, $sentence, $reported, $type, $ts, $te, $trigger, $es, $ee, $evidence, $time, $anchor, $modality, $negated, $attribution)
            """);
        _insertArgument ??= new RowInsert(_connection, """
            INSERT INTO event_arguments (event_key, position, role, value, text, start_offset, end_offset, kind, entity_key)
            VALUES ($event, $position, $role, $value, $text, $start, $end, $kind, $entity)
            """);
        _insertEventWord ??= new RowInsert(_connection, "INSERT INTO event_words (word, event_key, reported) VALUES ($word, $event, $reported)");
        int reportedDay = context.Analysis.Document.Date.DayNumber;
        var entityKeys = ArgumentEntities.Keys(context.Analysis, context.EntityOfChain);
        for (int n = 0; n < events.Count; n++)
        {
            var e = events[n];
            long key = _insertEvent.Value(context.DocumentKey).Value(context.SentenceKeyAt(e.EvidenceStart)).Value(reported).Value(e.Type)
                .Value(e.TriggerStart).Value(e.TriggerEnd).Value(e.Trigger).Value(e.EvidenceStart).Value(e.EvidenceEnd)
                .Value(StoredSpans.EvidenceCopy(text, exactPrefix, e.EvidenceStart, e.EvidenceEnd)).Value(e.Time).Value(e.TimeAnchor.ToString())
                .Value(e.Modality.ToString()).Value(e.Negated ? 1 : 0).Value(e.Attribution).Insert();
            var words = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < e.Arguments.Count; i++)
            {
                var a = e.Arguments[i];
                _insertArgument.Value(key).Value(i).Value(a.Role).Value(StoredEventRows.StoredValue(a))
                    .Value(StoredSpans.TextUnlessExact(text, exactPrefix, a.Start, a.End, a.Text)).Value(a.Start).Value(a.End).Value(a.Kind)
                    .Value(entityKeys[n][i]).Insert();
                if (a.NamesEntity) words.UnionWith(EventWords.Of(a.Value));
            }
            foreach (var w in words) _insertEventWord.Value(w).Value(key).Value(reportedDay).Insert();
            MarkPartitions(key, FactPartitions.Default.Of(e, entityKeys[n]));
            MarkEntities(entityKeys[n]);
        }
    }

    private RowInsert? _insertEvent, _insertArgument, _insertEventWord;

    public IReadOnlyList<EventRecord> EventsNaming(IReadOnlyCollection<string> words, DateOnly? reportedOnOrBefore, IReadOnlyCollection<string>? types = null)
    {
        if (words.Count == 0) return [];
        var keys = new HashSet<long>();
        string typeFilter = types is null ? "" : $" AND event_key IN (SELECT key FROM events WHERE key = event_key AND type IN ({string.Join(',', types.Select(t => "'" + t.Replace("'", "''") + "'"))}))";
        using var find = Command(null, "SELECT event_key FROM event_words WHERE word = $word AND reported <= $before" + typeFilter);
        foreach (var w in words.Distinct())
        {
            Bind(find, ("$word", w), ("$before", (reportedOnOrBefore ?? DateOnly.MaxValue).DayNumber));
            using var reader = find.ExecuteReader();
            while (reader.Read()) keys.Add(reader.GetInt64(0));
        }
        return Load($"e.key IN ({string.Join(',', keys.Order())})", keys.Count == 0);
    }

    public IReadOnlyList<EventRecord> EventsReported(DateOnly? from, DateOnly? to) =>
        Load($"e.reported >= '{(from is { } f ? Iso(f) : "0000-01-01")}' AND e.reported <= '{(to is { } t ? Iso(t) : "9999-12-31")}'", false);

    private IReadOnlyList<EventRecord> Load(string where, bool none)
    {
        if (none) return [];
        Dictionary<long, List<EventArgument>> arguments;
        using (var args = Command(null, StoredEventRows.SelectArguments + where + StoredEventRows.OrderArguments))
        using (var reader = args.ExecuteReader())
            arguments = StoredEventRows.ReadArguments(reader);
        using var events = Command(null, StoredEventRows.SelectEvents + where + StoredEventRows.OrderEvents);
        using var rows = events.ExecuteReader();
        return StoredEventRows.ReadEvents(rows, arguments);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
