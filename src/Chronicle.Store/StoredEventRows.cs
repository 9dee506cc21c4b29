using System.Data.Common;
using System.Globalization;
using Chronicle.Domain.Events;

namespace Chronicle.Store;

/// <summary>
/// The queries and row readers both backends use to load stored events: the same columns, read the same way
/// (a backend's dates may come back as text or as dates, its flags as integers or booleans).
/// </summary>
internal static class StoredEventRows
{
    /// <summary>
    /// Arguments of the events the WHERE clause that follows selects (it may name `e`, the events table). An argument's
    /// text is stored as '' where it is the document text over its span (StoredSpans.TextUnlessExact), its value as ''
    /// where it is the text (<see cref="StoredValue"/>).
    /// </summary>
    public const string SelectArguments = """
        SELECT a.event_key, a.role, coalesce(nullif(a.value, ''), nullif(a.text, ''), substr(d.text, a.start_offset + 1, a.end_offset - a.start_offset)),
               coalesce(nullif(a.text, ''), substr(d.text, a.start_offset + 1, a.end_offset - a.start_offset)),
               a.start_offset, a.end_offset, a.kind, a.entity_key
        FROM event_arguments a JOIN events e ON e.key = a.event_key JOIN documents d ON d.key = e.document_key
        WHERE 
        """;

    /// <summary>An argument's value as stored: '' where it is the argument's text (most are: a name as written).</summary>
    public static string StoredValue(EventArgument argument) => argument.Value == argument.Text ? "" : argument.Value;

    public const string OrderArguments = " ORDER BY a.event_key, a.position";

    public const string SelectEvents = """
        SELECT e.key, d.id, e.reported, coalesce(nullif(e.evidence, ''), substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start)), e.type, e.trigger_start, e.trigger_end, e.trigger_text, e.evidence_start, e.evidence_end,
               e.time_value, e.time_anchor, e.modality, e.negated, e.attribution, s.idx
        FROM events e JOIN documents d ON d.key = e.document_key LEFT JOIN sentence_spans s ON s.key = e.sentence_key
        WHERE 
        """;

    public const string OrderEvents = " ORDER BY e.reported, e.key";

    public static Dictionary<long, List<EventArgument>> ReadArguments(DbDataReader reader)
    {
        var arguments = new Dictionary<long, List<EventArgument>>();
        while (reader.Read())
        {
            long key = reader.GetInt64(0);
            if (!arguments.TryGetValue(key, out var list)) arguments[key] = list = [];
            list.Add(new EventArgument(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetInt64(7)));
        }
        return arguments;
    }

    public static List<EventRecord> ReadEvents(DbDataReader r, Dictionary<long, List<EventArgument>> arguments)
    {
        var events = new List<EventRecord>();
        while (r.Read())
        {
            long key = r.GetInt64(0);
            bool negated = r.GetValue(13) is bool flag ? flag : Convert.ToInt64(r.GetValue(13), CultureInfo.InvariantCulture) != 0;
            var mention = new EventMention(r.GetString(4), r.IsDBNull(15) ? -1 : r.GetInt32(15), r.GetInt32(5), r.GetInt32(6), r.GetString(7),
                arguments.GetValueOrDefault(key) ?? [], r.IsDBNull(10) ? null : r.GetString(10), Enum.Parse<Modality>(r.GetString(12)),
                negated, r.IsDBNull(14) ? null : r.GetString(14))
            {
                TimeAnchor = Enum.Parse<TimeAnchor>(r.GetString(11)),
                EvidenceStart = r.GetInt32(8),
                EvidenceEnd = r.GetInt32(9),
            };
            events.Add(new EventRecord(key, r.GetString(1), StoredValues.Day(r, 2), r.GetString(3), mention));
        }
        return events;
    }
}
