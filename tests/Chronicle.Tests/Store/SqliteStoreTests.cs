using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Store;

public class SqliteStoreTests
{
    private static DocumentAnalysis Analyse(string text, DateOnly date, AnalysisOptions? options = null)
    {
        string page = DocumentIdentity.Normalize(text);
        return new DocumentAnalyzer(options ?? AnalysisOptions.TextOnly).Analyze(new Document(DocumentIdentity.IdOf(page), date, page));
    }

    [Fact]
    public void A_batch_is_stored_with_its_sentences_and_read_back_with_offsets_into_the_page()
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        var analysis = Analyse("Headline about a merger\n\nMicrosoft agreed to buy Activision. The deal closed later.", new DateOnly(2022, 1, 18));
        Assert.Equal(new BatchResult(1, 0), store.SaveBatch([analysis]));

        var stored = store.GetDocument(analysis.Document.Id[..8])!;
        Assert.Equal(new DateOnly(2022, 1, 18), stored.Summary.Date);
        Assert.NotEmpty(stored.Sentences);
        foreach (var s in stored.Sentences)
            Assert.Equal(s.Text, stored.Text[s.Start..s.End]);
    }

    [Fact]
    public void The_same_content_is_stored_once()
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        var a = Analyse("Same page.", new DateOnly(2022, 1, 1));
        Assert.Equal(new BatchResult(1, 1), store.SaveBatch([a, a]));
        Assert.Equal(new BatchResult(0, 1), store.SaveBatch([a]));
        Assert.Single(store.ListDocuments());
    }

    [Fact]
    public void A_failing_batch_leaves_nothing_half_written()
    {
        using var dir = new TempFolder();
        string path = dir.File("c.db");
        using (var store = new SqliteStore(path))
        {
            store.SaveBatch([Analyse("Stored before.", new DateOnly(2022, 1, 1))]);
            var good = Analyse("Good page in a bad batch.", new DateOnly(2022, 1, 2));
            // A sentence index outside the document's sentence list makes the write fail half-way through the batch.
            var broken = Analyse("Broken page.", new DateOnly(2022, 1, 3));
            broken.Sentences = [new Sentence(5, new TextSpan(0, 6), "Broken")];
            Assert.ThrowsAny<Exception>(() => store.SaveBatch([good, broken]));
        }
        using var reopened = new SqliteStore(path);
        Assert.Equal(["Stored before."], reopened.ListDocuments().Select(d => reopened.GetDocument(d.Id)!.Text));
        Assert.Single(reopened.Search(new SearchQuery("stored")));
        Assert.Empty(reopened.Search(new SearchQuery("good")));
    }

    [Fact]
    public void Store_file_uses_wal_and_records_its_migrations()
    {
        using var dir = new TempFolder();
        string path = dir.File("c.db");
        using (new SqliteStore(path)) { }
        using (new SqliteStore(path)) { } // reopening must not re-run migrations
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", mode.ExecuteScalar());
        using var applied = connection.CreateCommand();
        applied.CommandText = "SELECT count(*), count(DISTINCT name) FROM schema_migrations";
        using var reader = applied.ExecuteReader();
        reader.Read();
        Assert.True(reader.GetInt32(0) >= 1);
        Assert.Equal(reader.GetInt32(0), reader.GetInt32(1));
    }

    [Fact]
    public void Search_ranks_sentences_stems_words_highlights_and_filters_by_date()
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        store.SaveBatch([
            Analyse("Baldwin was charged with involuntary manslaughter.\nThe weather was fine.", new DateOnly(2023, 1, 31)),
            Analyse("Prosecutors dropped the manslaughter charge against Baldwin.", new DateOnly(2023, 4, 21)),
            Analyse("A grand jury indicted Baldwin on a manslaughter charge.", new DateOnly(2024, 1, 19)),
        ]);
        var hits = store.Search(new SearchQuery("manslaughter charges"));
        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Contains(SearchQuery.MatchOpen + "manslaughter" + SearchQuery.MatchClose, h.Highlighted));
        Assert.DoesNotContain(hits, h => h.Sentence.Contains("weather"));

        var window = store.Search(new SearchQuery("manslaughter", After: new DateOnly(2023, 4, 21), Before: new DateOnly(2023, 12, 31)));
        Assert.Equal([new DateOnly(2023, 4, 21)], window.Select(h => h.Date));
    }

    [Theory]
    [InlineData("\"grand jury\"", 1)]
    [InlineData("jury AND OR NOT (", 1)]
    [InlineData("indicted* \"unclosed", 1)]
    [InlineData("--- ???", 0)]
    public void Search_accepts_any_user_text_without_query_syntax_errors(string query, int expected)
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        store.SaveBatch([Analyse("A grand jury indicted Baldwin.", new DateOnly(2024, 1, 19)), Analyse("The jury was grand.", new DateOnly(2024, 1, 20))]);
        Assert.Equal(expected, store.Search(new SearchQuery(query)).Count(h => h.Sentence.Contains("indicted")));
    }
}
