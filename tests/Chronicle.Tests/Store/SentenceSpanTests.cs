using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Store;

/// <summary>
/// Sentences and event evidence stored as spans of the document text (migration 0007): what readers see does not
/// change, a store of the previous schema answers as before once opened, and text outside the BMP stays exact.
/// </summary>
public class SentenceSpanTests
{
    private static string StoresFolder => Path.Combine(Fixtures.Folder, "stores");

    private static DocumentAnalysis Analyse(string text, DateOnly date)
    {
        string page = DocumentIdentity.Normalize(text);
        return new DocumentAnalyzer(AnalysisOptions.All).Analyze(new Document(DocumentIdentity.IdOf(page), date, page));
    }

    /// <summary>
    /// The answers that read what the store holds (documents, sentences, search with highlights, entities), recorded
    /// with the build before migration 0007 (make-previous-schema.sh). Answers folded from events (timeline, asof,
    /// changes, check) change with the query code; docs/BENCHMARKS.store.md compares those across builds instead.
    /// </summary>
    [Fact]
    public void A_store_of_the_previous_schema_answers_as_the_previous_build_did()
    {
        using var dir = new TempFolder();
        string db = dir.File("old.db");
        File.Copy(Path.Combine(StoresFolder, "previous-schema.db"), db);
        string answers = Path.Combine(StoresFolder, "previous-schema.answers");
        var commands = File.ReadAllLines(Path.Combine(answers, "commands.tsv")).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        Assert.True(commands.Count >= 10);
        foreach (var command in commands)
        {
            var result = Support.Cli.Run(["--db", db, "--json", .. command[1..]]);
            Assert.Equal(File.ReadAllText(Path.Combine(answers, command[0] + ".json")), result.Out);
        }
        // The migration ran: the copied sentence text is gone except on the page whose emoji shift substr()'s offsets.
        using var connection = new SqliteConnection($"Data Source={db}");
        connection.Open();
        using var copies = new SqliteCommand("""
            SELECT count(*), count(s.copied_text), count(CASE WHEN d.text LIKE '%🚢%' THEN s.copied_text END)
            FROM sentence_spans s JOIN documents d ON d.key = s.document_key
            """, connection);
        using var reader = copies.ExecuteReader();
        reader.Read();
        Assert.True(reader.GetInt32(0) > 10);
        Assert.InRange(reader.GetInt32(1), 1, 4); // that page has four sentences
        Assert.Equal(reader.GetInt32(1), reader.GetInt32(2));
    }

    [Fact]
    public void A_migrated_store_gives_every_sentence_and_every_evidence_as_its_span_of_the_page()
    {
        using var dir = new TempFolder();
        string db = dir.File("old.db");
        File.Copy(Path.Combine(StoresFolder, "previous-schema.db"), db);
        using var store = new SqliteStore(db, createIfMissing: false);
        var texts = new Dictionary<string, string>();
        foreach (var summary in store.ListDocuments())
        {
            var document = store.GetDocument(summary.Id)!;
            texts[summary.Id] = document.Text;
            Assert.Equal(summary.Sentences, document.Sentences.Count);
            foreach (var s in document.Sentences) Assert.Equal(document.Text[s.Start..s.End], s.Text);
        }
        var events = store.EventsReported(null, null);
        Assert.True(events.Count >= 5);
        foreach (var e in events)
            Assert.Equal(texts[e.DocumentId][e.Event.EvidenceStart..e.Event.EvidenceEnd], e.Sentence);
        Assert.Contains(events, e => e.Sentence.StartsWith("Miriam Okafor, the executive director", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Sentences_after_an_emoji_keep_their_exact_text_evidence_and_highlights(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var analysis = Analyse(
            "Quay opens 🚢\n\nCrowds 🎉 watched the mayor open the new quay on Monday. The harbor board appointed Tomas Wexler as its chairman on Friday. Wexler said 😀 the quay would bring trade.",
            new DateOnly(2024, 5, 6));
        store.SaveBatch([analysis]);

        var stored = store.GetDocument(analysis.Document.Id)!;
        Assert.Equal(analysis.Sentences.Select(s => s.Text), stored.Sentences.Select(s => s.Text));
        foreach (var s in stored.Sentences) Assert.Equal(s.Text, stored.Text[s.Start..s.End]);

        var hit = Assert.Single(store.Search(new SearchQuery("chairman")));
        Assert.Equal("The harbor board appointed Tomas Wexler as its chairman on Friday.", hit.Sentence);
        Assert.Contains($"{SearchQuery.MatchOpen}chairman{SearchQuery.MatchClose}", hit.Highlighted);
        var emoji = Assert.Single(store.Search(new SearchQuery("trade")));
        Assert.Equal("Wexler said 😀 the quay would bring trade.", emoji.Sentence);

        var appointed = Assert.Single(store.EventsReported(null, null), e => e.Event.Type == "personnel.appoint");
        Assert.Equal("The harbor board appointed Tomas Wexler as its chairman on Friday.", appointed.Sentence);
    }
}
