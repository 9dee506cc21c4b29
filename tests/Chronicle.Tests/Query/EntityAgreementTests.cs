using System.Text.Json;
using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Query;
using Chronicle.Store;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Query;

/// <summary>
/// `entity`, `timeline`, `asof` and `check` agree on who a name is: two people called Baldwin in different articles,
/// the better-known one mentioned more, and an article about the other that calls her only "Baldwin". Before events
/// kept the entity stage's keys, the timeline and the facts gave that article's resignation to the better-known Baldwin.
/// </summary>
public class EntityAgreementTests
{
    private static readonly (string Date, string Text)[] Pages =
    [
        ("2023-01-10", "Actor charged over collapse\n\nProsecutors charged actor Marcus Baldwin with fraud on Monday. Baldwin denied the charge through his lawyer. Baldwin has starred in eleven films."),
        ("2023-02-14", "Actor pleads not guilty\n\nMarcus Baldwin pleaded not guilty to fraud on Tuesday. Baldwin told reporters he would fight the charge."),
        ("2023-02-20", "Actor faces trial\n\nMarcus Baldwin will face trial for fraud in June, a judge ruled on Monday."),
        ("2023-03-01", "Kestrel Mining names new chief\n\nKestrel Mining appointed Nora Baldwin as its chief executive on Wednesday. She previously ran the company's Australian business."),
        ("2023-05-02", "Kestrel chief quits\n\nBaldwin resigned as chief executive of Kestrel Mining on Monday. The company said Baldwin would stay on as an adviser."),
    ];

    private sealed record Fixture(TempFolder Folder, string Db, List<string> Ids) : IDisposable
    {
        public void Dispose() => Folder.Dispose();

        public JsonElement Json(params string[] args)
        {
            var result = Support.Cli.Run(["--db", Db, "--json", .. args]);
            return JsonDocument.Parse(result.Out).RootElement;
        }
    }

    private static Fixture Ingest()
    {
        var folder = new TempFolder();
        string db = folder.File("store.db");
        var analyzer = new DocumentAnalyzer(AnalysisOptions.All);
        var analyses = Pages.Select(p =>
        {
            string page = DocumentIdentity.Normalize(p.Text);
            return analyzer.Analyze(new Document(DocumentIdentity.IdOf(page), DateOnly.Parse(p.Date), page));
        }).ToList();
        using (var store = new SqliteStore(db)) store.SaveBatch(analyses);
        return new Fixture(folder, db, analyses.Select(a => a.Document.Id).ToList());
    }

    private static HashSet<string> Docs(JsonElement entries) =>
        entries.EnumerateArray().SelectMany(e => e.GetProperty("sources").EnumerateArray()).Select(s => s.GetProperty("doc").GetString()!).ToHashSet();

    /// <summary>The documents in which the store's entity of that name is mentioned: who `chronicle entity` says it is.</summary>
    private static HashSet<string> MentioningDocuments(Fixture f, string name)
    {
        using var store = new SqliteStore(f.Db, createIfMissing: false);
        long key = EntityChoice.Find(store, name)!.Key;
        return f.Ids.Where(id => store.EntityMentions(id).Any(m => m.EntityKey == key)).ToHashSet();
    }

    [Fact]
    public void Entity_timeline_asof_and_check_name_the_same_Baldwin()
    {
        using var f = Ingest();
        string resignation = f.Ids[4];
        var nora = f.Json("entity", "Nora Baldwin");
        var marcus = f.Json("entity", "Marcus Baldwin");
        Assert.NotEqual(nora.GetProperty("id").GetInt64(), marcus.GetProperty("id").GetInt64());
        Assert.Equal(2, nora.GetProperty("documents").GetInt32());
        Assert.Equal(MentioningDocuments(f, "Nora Baldwin"), [f.Ids[3], resignation]);

        // Every event of a timeline comes from a document where `entity` says that person is mentioned.
        var marcusTimeline = Docs(f.Json("timeline", "Marcus Baldwin"));
        var noraTimeline = Docs(f.Json("timeline", "Nora Baldwin"));
        Assert.Subset(MentioningDocuments(f, "Marcus Baldwin"), marcusTimeline);
        Assert.Subset(MentioningDocuments(f, "Nora Baldwin"), noraTimeline);
        Assert.Contains(resignation, noraTimeline);
        Assert.DoesNotContain(resignation, marcusTimeline);

        // She held the post in April and not after her resignation; the actor never held it.
        static bool HoldsPost(JsonElement rows) => rows.EnumerateArray().Any(r => r.GetProperty("relation").GetString() == "holds_position");
        Assert.True(HoldsPost(f.Json("asof", "2023-04-01", "Nora Baldwin")));
        Assert.False(HoldsPost(f.Json("asof", "2023-06-01", "Nora Baldwin")));
        Assert.False(HoldsPost(f.Json("asof", "2023-06-01", "Marcus Baldwin")));

        var check = f.Json("check", "Nora Baldwin is the chief executive of Kestrel Mining", "--as-of", "2023-06-01");
        Assert.Equal("outdated", check.GetProperty("verdict").GetString());
        Assert.Equal(resignation, check.GetProperty("ended").GetProperty("doc").GetString());
        Assert.Equal("not_supported", f.Json("check", "Marcus Baldwin is the chief executive of Kestrel Mining", "--as-of", "2023-06-01").GetProperty("verdict").GetString());
    }

    [Fact]
    public void The_fact_path_of_check_finds_the_subject_through_the_entity_store()
    {
        using var f = Ingest();
        using var store = new SqliteStore(f.Db, createIfMissing: false);
        // Without the claim reader: the states folded from events answer, their subject found by entity key.
        var checker = new ClaimChecker(new StoreEventSource(store));
        var nora = checker.Check("Nora Baldwin is the chief executive of Kestrel Mining", DateOnly.Parse("2023-06-01"));
        Assert.Equal(Verdict.Outdated, nora.Verdict);
        Assert.Equal(f.Ids[4], nora.Ended!.Doc);
        Assert.Equal(Verdict.Supported, checker.Check("Nora Baldwin is the chief executive of Kestrel Mining", DateOnly.Parse("2023-04-01")).Verdict);
        Assert.Equal(Verdict.NotSupported, checker.Check("Marcus Baldwin is the chief executive of Kestrel Mining", DateOnly.Parse("2023-04-01")).Verdict);
    }
}
