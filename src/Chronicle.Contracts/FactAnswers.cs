using Chronicle.Pipeline;
using Chronicle.Query;

namespace Chronicle.Contracts;

/// <summary>The JSON of `timeline`, `asof`, `changes`, `check` and `ingest`.</summary>
public static class FactAnswers
{
    public static object Timeline(IReadOnlyList<TimelineEntry> entries) => entries.Select(e => new
    {
        date = e.Date, type = e.Type, summary = e.Summary, modality = e.Modality,
        sources = e.Sources.Select(Source),
    });

    /// <summary>The rows of `asof` and `changes`.</summary>
    public static object Facts(IReadOnlyList<FactRow> rows) => rows.Select(r => new
    {
        relation = r.Relation, subject = r.Subject, @object = r.Object, valid_from = r.ValidFrom, valid_to = r.ValidTo,
        sources = r.Sources.Select(Source),
        ended_by = r.EndedBy, conflicting = r.Conflicting,
    });

    public static object Check(CheckResult result) => new
    {
        verdict = VerdictText(result.Verdict),
        claim = result.Claim is { } c ? new { relation = c.Relation, subject = c.Subject, @object = c.ObjectDisplay } : null,
        evidence = result.Evidence.Select(Evidence),
        ended = result.Ended is { } e ? new { date = e.Date, by = e.By, doc = e.Doc } : null,
        pending = result.Pending.Select(Evidence),
        note = result.Note,
        basis = result.Basis,
        why = result.Why,
        closest = result.Closest.Select(c => new { doc = c.Evidence.Doc, date = ContractJson.Day(c.Evidence.Date), sentence = c.Evidence.Sentence, why = c.Why }),
    };

    public static object Ingest(IngestReport report) => new
    {
        ingested = report.Ingested,
        duplicates = report.Duplicates,
        failed = report.Failed.Select(f => new { file = f.File, line = f.Line, error = f.Error }),
        skipped = report.Skipped.Select(f => new { file = f.File, reason = f.Error }),
        redated = report.Redated.Select(r => new { file = r.File, line = r.Line, doc = r.DocumentId, stored_date = ContractJson.Day(r.StoredDate), date = ContractJson.Day(r.Date) }),
        warnings = report.Warnings.Select(w => new { file = w.File, line = w.Line, warning = w.Error }),
    };

    public static string VerdictText(Verdict v) => v.Text();

    private static object Source(TimelineSource s) => new { doc = s.Doc, date = ContractJson.Day(s.Date), sentence = s.Sentence };

    private static object Evidence(Evidence e) => new { doc = e.Doc, date = ContractJson.Day(e.Date), sentence = e.Sentence };
}
