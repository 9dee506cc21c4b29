using Chronicle.Domain.Documents;
using Chronicle.Facts;
using Chronicle.Ingest;
using Chronicle.Store;

namespace Chronicle.Pipeline;

public sealed record IngestFailure(string File, int? Line, string Error);

public sealed record IngestReport(int Ingested, int Duplicates, IReadOnlyList<IngestFailure> Failed, IReadOnlyList<IngestFailure> Skipped)
{
    /// <summary>Pages whose text is already stored under another date: the stored (first ingested) date is kept.</summary>
    public IReadOnlyList<Redated> Redated { get; init; } = [];

    /// <summary>Inputs read despite something odd (e.g. a date naming the wrong weekday).</summary>
    public IReadOnlyList<IngestFailure> Warnings { get; init; } = [];
}

/// <summary>A page with the text of stored document <paramref name="DocumentId"/> but another date, which is not kept.</summary>
public sealed record Redated(string File, int? Line, string DocumentId, DateOnly StoredDate, DateOnly Date);

/// <summary>Progress after each stored batch: documents read so far and bytes of text analysed.</summary>
public readonly record struct IngestProgress(int Read, int Ingested, int Duplicates, int Failed, long Characters);

/// <summary>
/// Reads inputs, analyses each new document and stores them in batches, one transaction per batch.
/// A document already in the store is not analysed again, so an interrupted ingest resumes where it stopped.
/// The documents of a batch are analysed on up to <paramref name="threads"/> threads, while the batch before
/// is being stored; they are stored in input order, so the store's content does not depend on the thread count.
/// </summary>
public sealed class Ingestor(IChronicleStore store, DocumentAnalyzer analyzer, int batchSize = 200, int threads = 1)
{
    /// <summary>Bring the fact states of the partitions the run touched up to date after its last batch (<see cref="FactMaintenance"/>); off for bulk loads in several runs.</summary>
    public bool MaintainFacts { get; init; } = true;

    public IngestReport Ingest(IEnumerable<InputItem> inputs, Action<IngestProgress>? progress = null)
    {
        var failed = new List<IngestFailure>();
        var skipped = new List<IngestFailure>();
        var batch = new List<(Document Document, InputOrigin Origin)>(batchSize);
        // Pages read but not yet stored (this batch and the one being analysed), so a repeat is caught before storage.
        var unstoredDates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var redated = new List<Redated>();
        var warnings = new List<IngestFailure>();
        Task<AnalysedBatch>? analysing = null;
        int read = 0, ingested = 0, duplicates = 0;
        long characters = 0;

        // The store is used from this thread only: while one batch is analysed on other threads, the batch
        // before it is stored here, so analysis and storage overlap on a machine with more than one core.
        void Store(AnalysedBatch analysed)
        {
            for (int i = 0; i < analysed.Items.Count; i++)
            {
                // An analyser bug must not cost the rest of the run; the page is reported, not stored.
                if (analysed.Errors[i] is { } e)
                    failed.Add(new IngestFailure(analysed.Items[i].Origin.File, analysed.Items[i].Origin.Line, $"analysis failed: {e.GetType().Name}: {e.Message}"));
                else
                    characters += analysed.Items[i].Document.Text.Length;
            }
            var result = store.SaveBatch(analysed.Analyses.OfType<DocumentAnalysis>().ToList());
            foreach (var item in analysed.Items) unstoredDates.Remove(item.Document.Id);
            ingested += result.Stored;
            duplicates += result.Duplicates;
            progress?.Invoke(new IngestProgress(read, ingested, duplicates, failed.Count, characters));
        }

        void Flush()
        {
            if (batch.Count == 0) return;
            var items = batch.ToList();
            batch.Clear();
            if (!OverlapStorage)
            {
                Store(Analyse(items));
                return;
            }
            var next = Task.Run(() => Analyse(items));
            if (analysing is not null) Store(analysing.GetAwaiter().GetResult());
            analysing = next;
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
                case ReadWarning w:
                    warnings.Add(new IngestFailure(w.Origin.File, w.Origin.Line, w.Message));
                    break;
                case ReadDocument { Document: var document } r:
                    read++;
                    if (StoredDate(document, unstoredDates) is { } stored)
                    {
                        if (stored.Date == document.Date) duplicates++;
                        else redated.Add(new Redated(r.Origin.File, r.Origin.Line, stored.Id, stored.Date, document.Date));
                        break;
                    }
                    unstoredDates[document.Id] = document.Date;
                    batch.Add((document, r.Origin));
                    if (batch.Count >= batchSize) Flush();
                    break;
            }
        }
        Flush();
        if (analysing is not null) Store(analysing.GetAwaiter().GetResult());
        if (MaintainFacts) FactMaintenance.Refresh(store, FactEngine.Default);
        return new IngestReport(ingested, duplicates, failed, skipped) { Redated = redated, Warnings = warnings };
    }

    /// <summary>
    /// The id and date under which the page's text is already stored (or waits in this batch), if it is: by its
    /// whitespace-insensitive id, or by the id stores made before whitespace was ignored.
    /// </summary>
    private (string Id, DateOnly Date)? StoredDate(Document document, Dictionary<string, DateOnly> unstoredDates)
    {
        if (unstoredDates.TryGetValue(document.Id, out var unstored)) return (document.Id, unstored);
        foreach (string id in (string[])[document.Id, DocumentIdentity.LegacyIdOf(document.Text)])
            if (store.ContainsDocument(id)) return (id, store.GetDocument(id)!.Summary.Date);
        return null;
    }

    /// <summary>
    /// Analysis overlaps storage only when another core can run it: on a single core the two would take turns
    /// and evict each other's working set from the processor caches (measured: about 15% more CPU).
    /// </summary>
    private static bool OverlapStorage => Environment.ProcessorCount > 1;

    private sealed record AnalysedBatch(List<(Document Document, InputOrigin Origin)> Items, DocumentAnalysis?[] Analyses, Exception?[] Errors);

    private AnalysedBatch Analyse(List<(Document Document, InputOrigin Origin)> items)
    {
        var analyses = new DocumentAnalysis?[items.Count];
        var errors = new Exception?[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            try
            {
                analyses[i] = analyzer.Analyze(items[i].Document);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                errors[i] = e;
            }
        });
        return new AnalysedBatch(items, analyses, errors);
    }
}
