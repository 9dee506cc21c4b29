using System.Data.Common;
using System.Globalization;
using Chronicle.Domain.Events;
using Chronicle.Domain.Time;
using Chronicle.Facts;

namespace Chronicle.Store;

/// <summary>
/// How both backends write and read fact state versions: the same columns, parameters (@name, which SQLite and
/// Npgsql both take) and filters. A day is passed through the backend's own converter (SQLite: yyyy-MM-dd text,
/// PostgreSQL: a date). Sources are stored as the keys of their events, read back with their document and sentence.
/// </summary>
internal static class StoredFactStates
{
    public const string Columns = "partition, relation, subject, subject_key, subject_name, object, object_key, object_name, qualifier, qualifier_key, qualifier_name, "
                                  + "qualifier_context, valid_from, from_day, valid_to, to_day, asserted, conflicting, ended_by, sources, known_from, known_to";

    public const string Parameters = "@partition, @relation, @subject, @subject_key, @subject_name, @object, @object_key, @object_name, @qualifier, @qualifier_key, @qualifier_name, "
                                     + "@qualifier_context, @valid_from, @from_day, @valid_to, @to_day, @asserted, @conflicting, @ended_by, @sources, @known_from, @known_to";

    /// <summary>The columns above (prefixed f.) and the name each stored entity is shown by, for the FROM clause <see cref="From"/>.</summary>
    public static readonly string Select = string.Join(", ", Columns.Split(", ").Select(c => "f." + c)) + ", sn.name, obn.name, qn.name";

    public const string From = """
        fact_states f LEFT JOIN fact_entity_names sn ON sn.entity_key = f.subject_key
        LEFT JOIN fact_entity_names obn ON obn.entity_key = f.object_key LEFT JOIN fact_entity_names qn ON qn.entity_key = f.qualifier_key
        """;

    /// <summary>Source events: key, document id, report date, sentence (the event's evidence), type and trigger.</summary>
    public const string SelectSources = """
        SELECT e.key, d.id, e.reported, coalesce(nullif(e.evidence, ''), substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start)), e.type, e.trigger_text
        FROM events e JOIN documents d ON d.key = e.document_key WHERE e.key IN 
        """;

    public static IEnumerable<(string Name, object? Value)> Values(StateVersion v, Func<DateOnly, object> day)
    {
        object? Day(DateOnly? d) => d is { } x ? day(x) : null;
        yield return ("@partition", v.Partition);
        yield return ("@relation", v.Relation);
        yield return ("@subject", v.Subject);
        yield return ("@subject_key", v.SubjectKey);
        yield return ("@subject_name", FactStateQuery.NameKey(v.Subject));
        yield return ("@object", v.Object);
        yield return ("@object_key", v.ObjectKey);
        yield return ("@object_name", v.Object is null ? null : FactStateQuery.NameKey(v.Object));
        yield return ("@qualifier", v.Qualifier);
        yield return ("@qualifier_key", v.QualifierKey);
        yield return ("@qualifier_name", v.Qualifier is null ? null : FactStateQuery.NameKey(v.Qualifier));
        yield return ("@qualifier_context", v.OrganizationsNamed.Count == 0 ? null : "|" + string.Join('|', v.OrganizationsNamed) + "|");
        yield return ("@valid_from", v.ValidFrom);
        yield return ("@from_day", Day(v.FromKey));
        yield return ("@valid_to", v.ValidTo);
        yield return ("@to_day", Day(v.ToKey));
        yield return ("@asserted", v.Asserted ? 1 : 0);
        yield return ("@conflicting", v.Conflicting ? 1 : 0);
        yield return ("@ended_by", v.EndedBy);
        yield return ("@sources", string.Join(' ', v.Sources.Select(s => s.EventId.ToString(CultureInfo.InvariantCulture))));
        yield return ("@known_from", day(v.KnownFrom));
        yield return ("@known_to", Day(v.KnownTo));
    }

    /// <summary>The WHERE clause that narrows a query with the table's indexes (a superset: <see cref="FactStateQuery.Matches"/> decides).</summary>
    public static (string Sql, List<(string Name, object Value)> Parameters) Where(FactStateQuery q, Func<DateOnly, object> day)
    {
        var clauses = new List<string> { "f.known_from <= @known AND (f.known_to IS NULL OR f.known_to > @known)" };
        var parameters = new List<(string, object)> { ("@known", day(q.KnownOn)) };
        if (q.Relation is not null) { clauses.Add("f.relation = @relation"); parameters.Add(("@relation", q.Relation)); }
        if (q.Object is not null) { clauses.Add("f.object = @object"); parameters.Add(("@object", q.Object)); }
        if (q.QualifierName is not null)
        {
            clauses.Add("(f.qualifier_name = @qualifier OR f.qualifier_name IS NULL AND f.qualifier_context LIKE @qualifier_named)");
            parameters.Add(("@qualifier", q.QualifierName));
            parameters.Add(("@qualifier_named", "%|" + q.QualifierName + "|%"));
        }
        if (q.HoldsOn is { } h)
        {
            clauses.Add("f.asserted = 1 AND (f.from_day IS NULL OR f.from_day <= @holds) AND (f.to_day IS NULL OR f.to_day > @holds)");
            parameters.Add(("@holds", day(h)));
        }
        if (q.ChangedWithin is var (from, to))
        {
            clauses.Add("(f.from_day BETWEEN @from AND @to OR f.to_day BETWEEN @from AND @to)");
            parameters.Add(("@from", day(from)));
            parameters.Add(("@to", day(to)));
        }
        // Without a stored entity, names are matched loosely, which no index serves: the versions known on the day are read.
        if (q.EntityKey is { } key)
        {
            var names = string.Join(", ", q.EntityNames.Select((_, i) => $"@name{i}"));
            clauses.Add($"(f.subject_key = @key OR f.object_key = @key OR f.qualifier_key = @key OR f.subject_key IS NULL AND f.subject_name IN ({names})"
                        + $" OR f.object_key IS NULL AND f.object_name IN ({names}) OR f.qualifier_key IS NULL AND f.qualifier_name IN ({names}))");
            parameters.Add(("@key", key));
            parameters.AddRange(q.EntityNames.Select((n, i) => ($"@name{i}", (object)n)));
        }
        return (string.Join(" AND ", clauses), parameters);
    }

    public sealed record Row(StateVersion Version, long[] SourceKeys);

    public static List<Row> Read(DbDataReader r)
    {
        var rows = new List<Row>();
        string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        DateOnly? Day(int i) => r.IsDBNull(i) ? null : StoredValues.Day(r, i);
        bool Flag(int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture) != 0;
        long? Key(int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
        while (r.Read())
        {
            var keys = r.GetString(19).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(k => long.Parse(k, CultureInfo.InvariantCulture)).ToArray();
            var v = new StateVersion(r.GetString(0), r.GetString(1), r.GetString(2), Key(3), Text(5), Key(6), Text(8), Key(9),
                End(Text(12), Day(13)), End(Text(14), Day(15)), Flag(16), Flag(17), Text(18), [], StoredValues.Day(r, 20), Day(21))
            {
                OrganizationsNamed = Text(11)?.Split('|', StringSplitOptions.RemoveEmptyEntries) ?? [],
                StoredQualifierName = Text(10),
            };
            var names = new Dictionary<long, string>();
            foreach (var (key, column) in new[] { (v.SubjectKey, 22), (v.ObjectKey, 23), (v.QualifierKey, 24) })
                if (key is { } k && Text(column) is { } name) names[k] = name;
            rows.Add(new Row(v.Named(names.GetValueOrDefault), keys));
        }
        return rows;
    }

    /// <summary>
    /// A state's end as stored: its TIMEX3 value and first day (the value's days and granularity read again); a value
    /// that reads as no days keeps the stored day, at unknown granularity.
    /// </summary>
    private static DateInterval? End(string? value, DateOnly? day) =>
        DateInterval.TryParse(value, out var dates) && (day is null || dates.Start == day) ? dates
        : day is { } d ? DateInterval.Inclusive(d, d, TimexGranularity.Unknown, value) : null;

    /// <summary>The rows with their sources read back, those the query matches exactly.</summary>
    public static IReadOnlyList<StateVersion> Complete(List<Row> rows, Func<IReadOnlyCollection<long>, Dictionary<long, (string Document, DateOnly Reported, string Sentence, string Type, string Trigger)>> sourcesOf,
        FactStateQuery query)
    {
        var matching = rows.Where(row => query.Matches(row.Version)).ToList();
        var sources = sourcesOf(matching.SelectMany(row => row.SourceKeys).ToHashSet());
        return matching.Select(row => row.Version with
        {
            Sources = row.SourceKeys.Where(sources.ContainsKey).Select(k => sources[k])
                .Select((s, i) => new FactSource(s.Document, s.Reported, s.Sentence, s.Type, s.Trigger, Modality.Asserted, null, null, s.Document, row.SourceKeys[i])).ToList(),
        }).ToList();
    }
}
