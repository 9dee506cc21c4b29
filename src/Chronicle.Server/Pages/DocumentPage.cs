using System.Text;
using Chronicle.Contracts;
using Chronicle.Domain.Documents;
using Chronicle.Server.Queries;
using Chronicle.Store;
using static Chronicle.Server.Pages.Html;

namespace Chronicle.Server.Pages;

/// <summary>
/// One document, cleaned, sentence by sentence: time expressions and entity mentions highlighted, sentences
/// that report an event marked. `?find=SENTENCE` marks the sentence a timeline or a check cited.
/// </summary>
public static class DocumentPage
{
    private sealed record Mark(int Start, int End, string Html);

    public static IResult Render(StoreAccess stores, ChronicleQueries queries, string id, string? find)
    {
        using var lease = stores.Rent();
        var store = lease.Store;
        if (queries.Document(store, id) is not { } document) return Page("Not found", Message($"No document '{id}' in this store."), 404);
        var d = document.Summary;
        var marks = Marks(store, d.Id);
        var eventSentences = store.EventsReported(d.Date, d.Date).Where(e => e.DocumentId == d.Id)
            .GroupBy(e => e.Sentence).ToDictionary(g => g.Key, g => g.Select(e => e.Event.Type).Distinct().ToList());
        var body = new StringBuilder($"""
            <article class="document">
            <h1>{E(d.Title ?? d.Id)}</h1>
            <p class="meta"><time>{d.Date:yyyy-MM-dd}</time>{(d.Source is null ? "" : " · " + E(d.Source))}{(d.Url is null ? "" : " · " + ExternalLink(d.Url))} · <code>{E(d.Id[..12])}</code> · <a href="/api/docs/{Q(d.Id)}">JSON</a></p>
            <p class="legend"><span class="timex">time expression</span> <span class="ent">entity</span> <span class="event-legend">sentence reporting an event</span></p>
            """);
        foreach (var sentence in document.Sentences)
        {
            bool target = find is not null && sentence.Text == find;
            var events = eventSentences.GetValueOrDefault(sentence.Text);
            string classes = (events is null ? "" : " event") + (target ? " target" : "");
            body.Append($"<p class=\"sentence{classes}\" id=\"{(target ? "target" : $"s{sentence.Index}")}\"><span class=\"index\">{sentence.Index}</span>");
            if (events is not null) body.Append($"<span class=\"event-types\">{E(string.Join(", ", events))}</span>");
            body.Append(Marked(sentence, marks)).Append("</p>");
        }
        body.Append("</article>");
        return Page(d.Title ?? d.Id, body.ToString());
    }

    /// <summary>Time expressions first, then entity mentions that do not overlap them, in text order.</summary>
    private static List<Mark> Marks(IChronicleStore store, string id)
    {
        var marks = store.TimeMentions(id).Select(t => new Mark(t.Mention.Start, t.Mention.End,
            $"<span class=\"timex\" title=\"{E(t.Mention.Type.ToString().ToUpperInvariant())} {E(t.Mention.Value)}\">")).ToList();
        foreach (var m in store.EntityMentions(id))
        {
            if (marks.Any(x => x.Start < m.End && m.Start < x.End)) continue;
            marks.Add(new Mark(m.Start, m.End,
                $"<a class=\"ent {EntityAnswers.TypeName(m.Type).ToLowerInvariant()}\" href=\"{E(EntityPath(m.Entity))}\" title=\"{E(EntityAnswers.TypeName(m.Type))}: {E(m.Entity)}\">"));
        }
        return marks.OrderBy(m => m.Start).ToList();
    }

    private static string Marked(Sentence sentence, List<Mark> marks)
    {
        var html = new StringBuilder();
        int at = sentence.Start;
        foreach (var mark in marks.Where(m => m.Start >= sentence.Start && m.End <= sentence.End))
        {
            if (mark.Start < at) continue;
            html.Append(E(sentence.Text[(at - sentence.Start)..(mark.Start - sentence.Start)]));
            html.Append(mark.Html).Append(E(sentence.Text[(mark.Start - sentence.Start)..(mark.End - sentence.Start)]));
            html.Append(mark.Html.StartsWith("<a", StringComparison.Ordinal) ? "</a>" : "</span>");
            at = mark.End;
        }
        html.Append(E(sentence.Text[(at - sentence.Start)..]));
        return html.ToString();
    }
}
