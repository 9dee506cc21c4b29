using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Store;

namespace Chronicle.Pipeline;

public sealed record IngestFailure(string File, int? Line, string Error);

public sealed record IngestReport(int Ingested, int Duplicates, IReadOnlyList<IngestFailure> Failed, IReadOnlyList<IngestFailure> Skipped);

/// <summary>Progress after each stored batch: documents read so far and bytes of text analysed.</summary>
public readonly record struct IngestProgress(int Read, int Ingested, int Duplicates, int Failed, long Characters);

/// <summary>
/// Reads inputs, analyses each new document and stores them in batches, one transaction per batch.
/// A document already in the store is not analysed again, so an interrupted ingest resumes where it stopped.
/// The documents of a batch are analysed on up to <paramref name="threads"/> threads; they are stored in
/// input order, so the store's content does not depend on the thread count.
/// </summary>
public sealed class Ingestor(IChronicleStore store, DocumentAnalyzer analyzer, int batchSize = 200, int threads = 1)
{
    public IngestReport Ingest(IEnumerable<InputItem> inputs, Action<IngestProgress>? progress = null)
    {
        var failed = new List<IngestFailure>();
        var skipped = new List<IngestFailure>();
        var batch = new List<(Document Document, InputOrigin Origin)>(batchSize);
        var batchIds = new HashSet<string>(StringComparer.Ordinal);
        int read = 0, ingested = 0, duplicates = 0;
        long characters = 0;

        void Flush()
        {
            if (batch.Count == 0) return;
            var analyses = new DocumentAnalysis?[batch.Count];
            var errors = new Exception?[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
            {
                try
                {
                    analyses[i] = analyzer.Analyze(batch[i].Document);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    errors[i] = e;
                }
            });
            for (int i = 0; i < batch.Count; i++)
            {
                // An analyser bug must not cost the rest of the run; the page is reported, not stored.
                if (errors[i] is { } e)
                    failed.Add(new IngestFailure(batch[i].Origin.File, batch[i].Origin.Line, $"analysis failed: {e.GetType().Name}: {e.Message}"));
                else
                    characters += batch[i].Document.Text.Length;
            }
            var result = store.SaveBatch(analyses.OfType<DocumentAnalysis>().ToList());
            ingested += result.Stored;
            duplicates += result.Duplicates;
            batch.Clear();
            batchIds.Clear();
            progress?.Invoke(new IngestProgress(read, ingested, duplicates, failed.Count, characters));
        }

        foreach (var input in inputs)
        {
            switch (input)
            {
                case ReadFailure f:
                    failed.Add(new IngestFailure(f.Origin.File, f.Origin.Line, f.Error));
                    break;
                case SkippedInput s:
                    skipped.Add(new IngestFailure(s.Origin.File, s.Origin.Line, s.Reason));
                    break;
                case ReadDocument { Document: var document } r:
                    read++;
                    if (!batchIds.Add(document.Id) || store.ContainsDocument(document.Id))
                    {
                        duplicates++;
                        break;
                    }
                    batch.Add((document, r.Origin));
                    if (batch.Count >= batchSize) Flush();
                    break;
            }
        }
        Flush();
        return new IngestReport(ingested, duplicates, failed, skipped);
    }
}
