using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Store;

/// <summary>
/// Sentences and event evidence stored as spans of the document text (migration 0008): what readers see does not
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

    [Fact]
    public void A_store_of_the_previous_schema_answers_every_command_as_the_previous_build_did()
    {
        using var dir = new TempFolder();
        string db = dir.File("old.db");
        File.Copy(Path.Combine(StoresFolder, "previous-schema.db"), db);
        string answers = Path.Combine(StoresFolder, "previous-schema.answers");
        var commands = File.ReadAllLines(Path.Combine(answers, "commands.tsv")).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        Assert.True(commands.Count >= 8);
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
    public void A_migrated_store_and_a_store_made_by_this_build_from_the_same_pages_answer_alike()
    {
        using var dir = new TempFolder();
        string old = dir.File("old.db");
        File.Copy(Path.Combine(StoresFolder, "previous-schema.db"), old);
        string fresh = dir.File("fresh.db");
        Assert.Equal(0, Support.Cli.Run("--db", fresh, "ingest", Path.Combine(StoresFolder, "previous-schema.jsonl")).Status);
        using var migrated = new SqliteStore(old, createIfMissing: false);
        using var made = new SqliteStore(fresh, createIfMissing: false);
        string dump = StoreDump.Of(migrated);
        Assert.Contains("Brightwater", dump);
        Assert.Equal(dump, StoreDump.Of(made));
        foreach (string query in new[] { "ferry", "charged", "quay crowds", "Okafor" })
            Assert.Equal(migrated.Search(new SearchQuery(query)), made.Search(new SearchQuery(query)));
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
