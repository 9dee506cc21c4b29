using System.Text;
using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Query;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using CsCheck;

namespace Chronicle.Tests.Reliability;

/// <summary>Properties checked on generated inputs (CsCheck), not only on examples.</summary>
public class PropertyTests
{
    private static readonly string[] Pieces =
    [
        "Maria Varga", "Northwind Energy Inc.", "said", "on", "Monday", "3 March 2021", "last week", "the", "U.S.", "Mr.",
        "chief executive", "resigned", ".", ",", "!", "?", "\"", "'", "(", ")", "—", "-", "é", "ß", "東京", "😀", "\u00A0",
        " ", "  ", "\n", "\n\n", "\t", "2023", "12:30", "10%", "$5", "e-mail", "www.example.org", "...", ":", ";",
    ];

    [Fact]
    public void Every_offset_the_analysis_gives_lies_inside_the_text()
    {
        var analyzer = new DocumentAnalyzer();
        PropertyRuns.Check(Gen.Int[0, Pieces.Length - 1].Array[1, 150], indexes =>
        {
            var text = new StringBuilder();
            foreach (int i in indexes) text.Append(Pieces[i]).Append(i % 3 == 0 ? "" : " ");
            string page = DocumentIdentity.Normalize(text.ToString());
            if (page.Length == 0) return;
            var analysis = analyzer.Analyze(new Document("p", new DateOnly(2023, 5, 1), page));
            void Inside(int start, int end, string what)
            {
                if (start < 0 || end < start || end > page.Length)
                    throw new Exception($"{what} [{start},{end}) outside a text of {page.Length}: {page}");
            }
            foreach (var s in analysis.Sentences)
            {
                Inside(s.Start, s.End, "sentence");
                if (page[s.Start..s.End] != s.Text) throw new Exception($"sentence text differs from its span: {s.Text}");
            }
            foreach (var p in analysis.Paragraphs) Inside(p.Span.Start, p.Span.End, "paragraph");
            foreach (var n in analysis.Noise) Inside(n.Span.Start, n.Span.End, "noise");
            foreach (var t in analysis.Times)
            {
                Inside(t.Start, t.End, "time");
                if (page[t.Start..t.End] != t.Text) throw new Exception($"time text differs from its span: {t.Text}");
            }
            foreach (var e in analysis.Entities) Inside(e.Start, e.End, "entity");
            foreach (var ev in analysis.Events)
            {
                Inside(ev.TriggerStart, ev.TriggerEnd, "trigger");
                foreach (var a in ev.Arguments) if (a.Start >= 0) Inside(a.Start, a.End, "argument");
            }
        }, fixedCases: 300, regressionSeeds: ["dAabeB0f7sg1"]);
    }

    /// <summary>Everything a user can ask a store about its documents, entities and facts, without internal keys.</summary>
    private static string Dump(string db, bool entityTypes)
    {
        using var store = new SqliteStore(db, createIfMissing: false);
        var dump = new StringBuilder();
        foreach (var d in store.ListDocuments().OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var document = store.GetDocument(d.Id)!;
            dump.AppendLine($"{d.Id} {d.Date} {d.Characters} {d.Sentences} {string.Join("|", document.Sentences.Select(s => s.Text))}");
            dump.AppendLine(string.Join("|", store.EntityMentions(d.Id).Select(m => $"{m.Text}={m.Entity}")));
        }
        foreach (var e in store.ListEntities(1000, null).OrderBy(e => e.Name, StringComparer.Ordinal))
            dump.AppendLine($"{e.Name} {(entityTypes ? e.Type : "")} {e.Documents} {e.Mentions} {e.FirstSeen} {e.LastSeen}");
        var facts = new FactQueries(new StoreEventSource(store));
        foreach (var f in facts.AsOf(new DateOnly(2030, 1, 1), null))
            dump.AppendLine($"{f.Relation}({f.Subject},{f.Object}) {f.ValidFrom}..{f.ValidTo} {f.EndedBy} {f.Conflicting} {string.Join(",", f.Sources.Select(s => s.Doc).Order())}");
        foreach (string person in PageGenerator.People)
            foreach (var t in facts.Timeline(person, null, null))
                dump.AppendLine($"{person}: {t.Date} {t.Type} {t.Summary} {t.Modality}");
        return dump.ToString();
    }

    private static bool HasEntityOfTwoTypes(string db)
    {
        using var store = new SqliteStore(db, createIfMissing: false);
        return store.ListDocuments().SelectMany(d => store.EntityMentions(d.Id)).GroupBy(m => m.EntityKey).Any(g => g.Select(m => m.Type).Distinct().Count() > 1);
    }

    private static IngestReport Ingest(string db, IEnumerable<PageGenerator.Page> pages, string input, int batchSize)
    {
        PageGenerator.WriteJsonLines(input, pages);
        using var store = new SqliteStore(db);
        return new Ingestor(store, new DocumentAnalyzer(), batchSize, threads: 1).Ingest(new InputReader().Read([input]));
    }

    [Fact]
    public void Ingest_order_and_batch_size_never_change_the_store_and_a_second_ingest_changes_nothing() =>
        CheckIngestOrder(entityTypes: false);

    /// <summary>Once a finding (Entities): an entity's stored type followed ingest order ("Northwind Energy" an
    /// organization in one order, a location in another). The type is now decided by the counts of its mentions' types.</summary>
    [Fact]
    public void Ingest_order_never_changes_stored_entity_types() => CheckIngestOrder(entityTypes: true, regressionSeeds: ["bNrhG72pzKi1"]);

    /// <summary>The same with pages that also name companies as places ("in Kestrel Bank"), so that entities have mentions of two types.</summary>
    [Fact]
    public void Ingest_order_never_changes_the_types_of_entities_named_both_as_companies_and_as_places() =>
        CheckIngestOrder(entityTypes: true, companiesAsPlaces: true);

    private static void CheckIngestOrder(bool entityTypes, string[]? regressionSeeds = null, bool companiesAsPlaces = false)
    {
        using var dir = new TempFolder();
        // Seed 11's pages show every company they also name as a place ("chief executive of"), which the recognizer now reads as one
        // organization on the whole page; seed 12's still give entities with mentions of two types.
        var pages = PageGenerator.Pages(seed: companiesAsPlaces ? 12 : 11, count: 14, companiesAsPlaces);
        string reference = dir.File("reference.db");
        Ingest(reference, pages, dir.File("reference.jsonl"), batchSize: 200);
        string expected = Dump(reference, entityTypes);
        Assert.Contains("Maria Varga", expected);
        if (companiesAsPlaces) Assert.True(HasEntityOfTwoTypes(reference), "no entity has mentions of two types: the pages do not exercise typing");
        int run = 0;
        // The generator must stay as it is for the regression seeds to mean the same order and batch size.
        PropertyRuns.Check(Gen.Select(Gen.Shuffle(pages.ToArray()), Gen.Int[1, 15]), c =>
        {
            var (order, batchSize) = c;
            string db = dir.File($"run{++run}.db");
            var first = Ingest(db, order, dir.File($"run{run}.jsonl"), batchSize);
            if (first.Ingested != pages.Count) throw new Exception($"{first.Ingested} of {pages.Count} stored");
            string dump = Dump(db, entityTypes);
            if (dump != expected) throw new Exception($"batch size {batchSize}: the store differs from the reference\n{FirstDifference(expected, dump)}");
            var again = Ingest(db, order.Reverse(), dir.File($"run{run}-again.jsonl"), batchSize);
            if (again.Ingested != 0 || again.Duplicates != pages.Count) throw new Exception($"re-ingest stored {again.Ingested}");
            if (Dump(db, entityTypes) != expected) throw new Exception("re-ingest changed the store");
        }, fixedCases: 12, regressionSeeds: regressionSeeds);
    }

    /// <summary>The answers as of D as the CLI gives them in JSON: facts and claims, or timelines up to D.</summary>
    private static string AnswersAsOf(string db, DateOnly d, bool timelines)
    {
        string date = d.ToString("yyyy-MM-dd");
        var answers = new StringBuilder();
        if (!timelines) answers.AppendLine(Support.Cli.Run("--db", db, "asof", date, "--json").Out);
        foreach (string person in PageGenerator.People)
        {
            if (timelines)
            {
                answers.AppendLine(Support.Cli.Run("--db", db, "timeline", person, "--to", date, "--json").Out);
                continue;
            }
            answers.AppendLine(Support.Cli.Run("--db", db, "asof", date, person, "--json").Out);
            answers.AppendLine(Support.Cli.Run("--db", db, "check", $"{person} faces a fraud charge", "--as-of", date, "--json").Out);
            foreach (string company in PageGenerator.Companies)
                answers.AppendLine(Support.Cli.Run("--db", db, "check", $"{person} is the CEO of {company}", "--as-of", date, "--json").Out);
        }
        return answers.ToString();
    }

    [Fact]
    public void Adding_pages_published_after_D_never_changes_an_answer_as_of_D() =>
        CheckAsOf(timelines: false, regressions: [(5235, 327)]);

    /// <summary>Once a finding (Query): `timeline ENTITY --to D` filtered events by their own date only, so a page published
    /// after D that reported an earlier event changed the timeline up to D (a "2022-08-31" entry became "2022-07").
    /// `--to D` now also reads only articles published on or before D.</summary>
    [Fact]
    public void Adding_pages_published_after_D_never_changes_a_timeline_to_D() =>
        CheckAsOf(timelines: true, regressions: [(442, 637)]); // (442, 637) is CsCheck seed 47VH9HFgT8y1

    /// <summary>(pages seed, day D): ingest the pages published up to D, ask, ingest the rest, ask again.</summary>
    private static void CheckAsOf(bool timelines, (int PageSeed, int Day)[] regressions)
    {
        using var dir = new TempFolder();
        int run = 0, answered = 0;
        PropertyRuns.Check(Gen.Select(Gen.Int[1, 10_000], Gen.Int[60, 1000]), c =>
        {
            var (pageSeed, day) = c;
            var pages = PageGenerator.Pages(pageSeed, count: 10);
            var d = new DateOnly(2021, 1, 1).AddDays(day);
            string db = dir.File($"asof{++run}.db");
            Ingest(db, pages.Where(p => p.Date <= d), dir.File($"before{run}.jsonl"), batchSize: 200);
            string before = AnswersAsOf(db, d, timelines);
            if (before.Contains(timelines ? "\"summary\"" : "\"relation\"")) answered++;
            Ingest(db, pages.Where(p => p.Date > d), dir.File($"after{run}.jsonl"), batchSize: 200);
            string after = AnswersAsOf(db, d, timelines);
            if (before != after) throw new Exception($"as of {d:yyyy-MM-dd} (pages seed {pageSeed}, day {day}) the answers changed:\n{FirstDifference(before, after)}");
        }, fixedCases: 8, regressions: regressions);
        Assert.True(answered > 0, "no generated store had any fact or timeline entry as of its date: the property was not exercised");
    }

    // Regressions of the as-of property: (5235, 327): a resignation from another company's post ended a claim about
    // this company's; the company typed as a person before later pages made it an organization.

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
            if (i >= a.Length || i >= b.Length || a[i] != b[i])
                return $"line {i}, after:\n{string.Join("\n", a[Math.Max(0, i - 12)..i])}\n- {(i < a.Length ? a[i] : "")}\n+ {(i < b.Length ? b[i] : "")}";
        return "";
    }
}
