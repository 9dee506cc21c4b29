using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Pipeline;

public class IngestorTests
{
    [Fact]
    public void Parallel_analysis_stores_exactly_what_a_single_thread_stores()
    {
        using var dir = new TempFolder();
        var lines = Enumerable.Range(0, 60).Select(i =>
            $"{{\"date\":\"2023-0{1 + i % 9}-1{i % 10}\",\"text\":\"Page {i}. Alec Baldwin was charged in January. Prosecutors said on Thursday the charge would be dropped.\\nSecond paragraph {i} about Microsoft and Activision.\"}}");
        string corpus = dir.Write("c.jsonl", string.Join('\n', lines));

        string Dump(int threads)
        {
            string db = dir.File($"t{threads}.db");
            using var store = new SqliteStore(db);
            var report = new Ingestor(store, new DocumentAnalyzer(), batchSize: 16, threads: threads).Ingest(new InputReader().Read([corpus]));
            Assert.Equal(60, report.Ingested);
            return string.Join("\n", store.ListDocuments().Select(d =>
            {
                var doc = store.GetDocument(d.Id)!;
                return d + string.Join("|", doc.Sentences);
            }));
        }

        Assert.Equal(Dump(1), Dump(4));
    }
}
