using System.Text;
using Chronicle.Contracts;
using static Chronicle.Server.Pages.Html;

namespace Chronicle.Server.Pages;

/// <summary>
/// An entity: what it is called, its roles, and its interactive timeline (drawn by /assets/timeline.js from
/// the JSON API: states as bars over their validity, events as marks linked to their sentences, and an as-of
/// line to drag that shows what held on that day).
/// </summary>
public static class EntityPage
{
    public static IResult Render(Queries.ChronicleQueries queries, string name, string? asOf)
    {
        var lookup = queries.EntityLookup(name);
        if (lookup.Found.Count == 0)
            return Page("Not found", Message($"No entity called '{name}' in this store.") + "<p><a href=\"/entities\">All entities</a></p>", 404);
        if (lookup.Profile is not { } profile)
        {
            var candidates = new StringBuilder($"<h1>{E(name)}</h1><p>may be any of these:</p><ul>");
            foreach (var e in lookup.Found)
                candidates.Append($"<li>{Link(EntityPath(e.Name), e.Name)} ({EntityAnswers.TypeName(e.Type)}, {e.Documents} documents)</li>");
            return Page(name, candidates.Append("</ul>").ToString());
        }
        var entity = profile.Entity;
        string type = EntityAnswers.TypeName(entity.Type);
        var aliases = profile.Aliases.Where(a => a.Name != entity.Name).Select(a => E(a.Name)).ToList();
        var body = new StringBuilder($"""
            <h1>{E(entity.Name)} <span class="type {type.ToLowerInvariant()}">{type}</span></h1>
            <p class="meta">seen in {entity.Documents} documents ({entity.Mentions} mentions) from <time>{entity.FirstSeen:yyyy-MM-dd}</time> to <time>{entity.LastSeen:yyyy-MM-dd}</time>{(aliases.Count == 0 ? "" : " · also called " + string.Join(", ", aliases))}</p>
            <section id="timeline" data-entity="{E(entity.Name)}" data-as-of="{E(asOf)}">
              <h2>Timeline</h2>
              <p class="hint">Bars are states over the time they held; dots are events (open one to read its sentence). Drag the red line, or pick a day, to see what held then.</p>
              <div class="timeline-controls"><label>as of <input type="date" id="as-of-input"></label></div>
              <div id="timeline-chart" class="chart" aria-live="polite"><p class="hint">Loading the timeline…</p></div>
              <div id="as-of-panel" class="as-of-panel"></div>
            </section>
            <script src="/assets/timeline.js" defer></script>
            """);
        if (profile.Roles.Count > 0)
        {
            body.Append("<h2>Roles</h2><ul class=\"roles\">");
            foreach (var role in profile.Roles.GroupBy(r => (r.Role, r.Organization)))
            {
                var first = role.First();
                body.Append($"<li>{E(role.Key.Role)}{(role.Key.Organization is null ? "" : " at " + E(role.Key.Organization))} — <time>{first.Date:yyyy-MM-dd}</time> {Link(DocumentPath(first.DocumentId), "source")}</li>");
            }
            body.Append("</ul>");
        }
        return Page(entity.Name, body.ToString());
    }
}
