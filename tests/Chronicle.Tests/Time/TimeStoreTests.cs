using Chronicle.Domain.Documents;
using Chronicle.Domain.Time;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Time;

/// <summary>Ingest stores every sentence's time expressions with page offsets, value, type and what was inferred.</summary>
public class TimeStoreTests
{
    private const string Page = "Baldwin charged\n\nThe actor was charged in January. Filming will restart Thursday, months after the shooting in October 2021.";

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Stored_time_mentions_point_into_the_page_and_keep_their_values(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        string page = DocumentIdentity.Normalize(Page);
        var analysis = new DocumentAnalyzer(new AnalysisOptions(Time: true, Entities: false, Events: false))
            .Analyze(new Document(DocumentIdentity.IdOf(page), new DateOnly(2023, 4, 20), page));
        store.SaveBatch([analysis]);

        var stored = store.TimeMentions(analysis.Document.Id);
        Assert.Equal(["January", "Thursday", "October 2021"], stored.Select(s => s.Mention.Text));
        foreach (var s in stored)
        {
            Assert.Equal(s.Mention.Text, page[s.Mention.Start..s.Mention.End]);
            Assert.NotNull(s.SentenceIndex);
        }
        var january = stored[0].Mention;
        Assert.Equal(("2023-01", TimexType.Date, true), (january.Value, january.Type, january.Inferred));
        Assert.True(january.InferredParts.HasFlag(TimexParts.Year));
        Assert.Equal("2023-04-20", stored[1].Mention.Value);
        Assert.False(stored[2].Mention.Inferred);
    }

    [Fact]
    public void The_interval_of_each_value_is_stored_for_range_queries()
    {
        using var dir = new TempFolder();
        string path = dir.File("c.db");
        using (var store = new SqliteStore(path))
        {
            string page = DocumentIdentity.Normalize(Page);
            store.SaveBatch([new DocumentAnalyzer(new AnalysisOptions(Time: true, Entities: false, Events: false))
                .Analyze(new Document(DocumentIdentity.IdOf(page), new DateOnly(2023, 4, 20), page))]);
        }
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT value FROM time_mentions WHERE earliest <= '2021-10-15T00:00:00' AND end_exclusive > '2021-10-15T00:00:00'";
        Assert.Equal("2021-10", query.ExecuteScalar());
    }
}
