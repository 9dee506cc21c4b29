using System.Globalization;
using Chronicle.Domain.Events;
using Chronicle.Entities.Linking;
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
        using var insert = context.Command("""
            INSERT INTO events (document_key, sentence_key, reported, type, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end,
                evidence, time_value, time_anchor, modality, negated, attribution)
            VALUES ($doc, $sentence, $reported, $type, $ts, $te, $trigger, $es, $ee, $evidence, $time, $anchor, $modality, $negated, $attribution)
            RETURNING key
            """);
        using var argument = context.Command("""
            INSERT INTO event_arguments (event_key, position, role, value, text, start_offset, end_offset, kind, entity_key)
            VALUES ($event, $position, $role, $value, $text, $start, $end, $kind, $entity)
            """);
        var entityKeys = ArgumentEntities.Keys(context.Analysis, context.EntityOfChain);
        using var word = context.Command("INSERT INTO event_words (word, event_key, reported) VALUES ($word, $event, $reported)");
        for (int n = 0; n < events.Count; n++)
        {
            var e = events[n];
            long key = (long)Bind(insert,
                ("$doc", context.DocumentKey), ("$sentence", context.SentenceKeyAt(e.EvidenceStart)), ("$reported", reported), ("$type", e.Type),
                ("$ts", e.TriggerStart), ("$te", e.TriggerEnd), ("$trigger", e.Trigger), ("$es", e.EvidenceStart), ("$ee", e.EvidenceEnd),
                ("$evidence", StoredSpans.EvidenceCopy(text, exactPrefix, e.EvidenceStart, e.EvidenceEnd)), ("$time", e.Time), ("$anchor", e.TimeAnchor.ToString()),
                ("$modality", e.Modality.ToString()), ("$negated", e.Negated ? 1 : 0), ("$attribution", e.Attribution)).ExecuteScalar()!;
            var words = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < e.Arguments.Count; i++)
            {
                var a = e.Arguments[i];
                Bind(argument, ("$event", key), ("$position", i), ("$role", a.Role), ("$value", a.Value), ("$text", a.Text),
                    ("$start", a.Start), ("$end", a.End), ("$kind", a.Kind), ("$entity", entityKeys[n][i])).ExecuteNonQuery();
                if (a.NamesEntity) words.UnionWith(EventWords.Of(a.Value));
            }
            foreach (var w in words) Bind(word, ("$word", w), ("$event", key), ("$reported", reported)).ExecuteNonQuery();
        }
    }

    public IReadOnlyList<EventRecord> EventsNaming(IReadOnlyCollection<string> words, DateOnly? reportedOnOrBefore, IReadOnlyCollection<string>? types = null)
    {
        if (words.Count == 0) return [];
        var keys = new HashSet<long>();
        string typeFilter = types is null ? "" : $" AND event_key IN (SELECT key FROM events WHERE key = event_key AND type IN ({string.Join(',', types.Select(t => "'" + t.Replace("'", "''") + "'"))}))";
        using var find = Command(null, "SELECT event_key FROM event_words WHERE word = $word AND reported <= $before" + typeFilter);
        foreach (var w in words.Distinct())
        {
            Bind(find, ("$word", w), ("$before", reportedOnOrBefore is { } d ? Iso(d) : "9999-12-31"));
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
