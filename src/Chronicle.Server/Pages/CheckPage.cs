using System.Text;
using Chronicle.Contracts;
using Chronicle.Query;
using static Chronicle.Server.Pages.Html;

namespace Chronicle.Server.Pages;

/// <summary>The claim check form, and its answer: the verdict, why, and the evidence sentences with dates and links.</summary>
public static class CheckPage
{
    public static IResult Render(Queries.ChronicleQueries queries, string? claim, string? asOf)
    {
        string day = string.IsNullOrWhiteSpace(asOf) ? DateTime.UtcNow.ToString("yyyy-MM-dd") : asOf;
        var body = new StringBuilder($"""
            <h1>Check a claim</h1>
            <form class="check" action="/check" method="get">
              <label class="wide">Claim <input type="text" name="claim" value="{E(claim)}" placeholder="e.g. Alec Baldwin faces an involuntary manslaughter charge" maxlength="{Queries.Parameters.MaxTextLength}" required></label>
              <label>as of <input type="date" name="as_of" value="{E(day)}" required></label>
              <button type="submit">Check</button>
            </form>
            """);
        if (string.IsNullOrWhiteSpace(claim)) return Page("Check a claim", body.ToString());
        var result = queries.CheckResult(claim, day);
        string verdict = FactAnswers.VerdictText(result.Verdict);
        body.Append($"""
            <section class="verdict-box {verdict}" id="verdict">
              <p class="verdict">{E(verdict.Replace('_', ' '))}</p>
              <p class="claim-text">“{E(claim)}” as of <time>{E(day)}</time></p>
              {(result.Claim is { } c ? $"<p class=\"parsed\">read as <code>{E(c.Relation)}({E(c.Subject)}{(c.ObjectDisplay is { } o ? ", " + E(o) : "")})</code></p>" : "")}
              <p class="why"><strong>Why:</strong> {E(result.Note)}</p>
              {(result.Ended is { } ended ? $"<p class=\"ended\">Ended {E(ended.Date)} by {E(ended.By)} ({Link(DocumentPath(ended.Doc), ended.Doc[..Math.Min(12, ended.Doc.Length)])})</p>" : "")}
            </section>
            """);
        AppendEvidence(body, "Evidence", result.Evidence);
        AppendEvidence(body, "Expected, not yet happened on that date", result.Pending);
        return Page($"Check: {claim}", body.ToString());
    }

    private static void AppendEvidence(StringBuilder body, string heading, IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0) return;
        body.Append($"<h2>{E(heading)}</h2><ol class=\"evidence\">");
        foreach (var e in evidence)
            body.Append($"<li><div class=\"cite\"><time>{e.Date:yyyy-MM-dd}</time> · {Link(DocumentPath(e.Doc, e.Sentence), "open the article")}</div><blockquote>{E(e.Sentence)}</blockquote></li>");
        body.Append("</ol>");
    }
}
