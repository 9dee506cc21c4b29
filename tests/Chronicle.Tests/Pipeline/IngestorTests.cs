using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Pipeline;

public class IngestorTests
{
    [Theory]
    [InlineData(4, 16)]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    public void Stored_content_does_not_depend_on_thread_count_or_batch_size(int threads, int batchSize)
    {
        using var dir = new TempFolder();
        var lines = Enumerable.Range(0, 60).Select(i =>
            $"{{\"date\":\"2023-0{1 + i % 9}-1{i % 10}\",\"text\":\"Page {i}. Alec Baldwin was charged in January. Prosecutors said on Thursday the charge would be dropped.\\nSecond paragraph {i} about Microsoft and Activision.\"}}");
        string corpus = dir.Write("c.jsonl", string.Join('\n', lines));

        string Dump(int threads, int batchSize)
        {
            string db = dir.File($"t{threads}-b{batchSize}.db");
            using var store = new SqliteStore(db);
            var report = new Ingestor(store, new DocumentAnalyzer(), batchSize, threads).Ingest(new InputReader().Read([corpus]));
            Assert.Equal(60, report.Ingested);
            return string.Join("\n", store.ListDocuments().Select(d =>
            {
                var doc = store.GetDocument(d.Id)!;
                return d + string.Join("|", doc.Sentences) + string.Join("|", store.EntityMentions(d.Id).Select(m => $"{m.Text}={m.Entity}"));
            }));
        }

        string single = Dump(1, 16);
        Assert.Contains("Alec Baldwin=Alec Baldwin", single);
        Assert.Equal(single, Dump(threads, batchSize));
    }

    [Fact]
    public void A_page_repeated_in_a_later_batch_is_stored_once_and_counted_as_a_duplicate()
    {
        using var dir = new TempFolder();
        var pages = Enumerable.Range(0, 5).Select(i => $"{{\"date\":\"2023-03-0{i + 1}\",\"text\":\"Page {i}: the board met in Paris.\"}}").ToList();
        // The first page comes back while the batch that holds it may still be being stored.
        string corpus = dir.Write("c.jsonl", string.Join('\n', pages.Append(pages[0]).Append(pages[4])));
        using var store = new SqliteStore(dir.File("d.db"));
        var progress = new List<IngestProgress>();

        var report = new Ingestor(store, new DocumentAnalyzer(), batchSize: 2, threads: 2).Ingest(new InputReader().Read([corpus]), progress.Add);

        Assert.Equal(5, report.Ingested);
        Assert.Equal(2, report.Duplicates);
        Assert.Equal(5, store.ListDocuments().Count);
        Assert.Equal(7, progress[^1].Read);
        Assert.Equal(5, progress[^1].Ingested);
    }
}
