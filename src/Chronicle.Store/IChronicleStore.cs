using Chronicle.Domain.Documents;

namespace Chronicle.Store;

/// <summary>
/// The store every stage and query uses. It is a partial interface: each stage declares the reads and
/// writes it owns in its own file (IChronicleStore.Time.cs, .Entities.cs, .Events.cs), and every
/// implementation (SQLite now, PostgreSQL next) implements all parts and passes the same tests.
/// </summary>
public partial interface IChronicleStore : IDisposable
{
    /// <summary>Where the data lives, for messages.</summary>
    string Location { get; }

    /// <summary>Stores a batch in one transaction: all of it or none. Documents already stored are counted as duplicates.</summary>
    BatchResult SaveBatch(IReadOnlyList<DocumentAnalysis> batch);

    bool ContainsDocument(string documentId);

    IReadOnlyList<DocumentSummary> ListDocuments(int limit = int.MaxValue);

    StoredDocument? GetDocument(string documentIdOrPrefix);

    IReadOnlyList<SearchHit> Search(SearchQuery query);
}

public sealed record BatchResult(int Stored, int Duplicates);

public sealed record DocumentSummary(string Id, DateOnly Date, string? Title, string? Source, string? Url, int Characters, int Sentences);

public sealed record StoredDocument(DocumentSummary Summary, string Text, IReadOnlyList<Sentence> Sentences, IReadOnlyList<NoiseSpan> Noise);

/// <summary>A full-text query; After and Before are inclusive publication dates.</summary>
public sealed record SearchQuery(string Text, DateOnly? After = null, DateOnly? Before = null, int Limit = 10)
{
    /// <summary>Markers around each matched word in <see cref="SearchHit.Highlighted"/>.</summary>
    public const string MatchOpen = "\u0002", MatchClose = "\u0003";
}

/// <summary>A sentence that matched. <see cref="Highlighted"/> wraps each match in the given markers.</summary>
public sealed record SearchHit(string DocumentId, DateOnly Date, string? Title, int SentenceIndex, TextSpan Span, string Sentence, string Highlighted, double Score);

/// <summary>A document id prefix that matches more than one document.</summary>
public sealed class AmbiguousDocumentException(string prefix)
    : Exception($"'{prefix}' is the start of more than one document id; give more characters");

/// <summary>The store could not be opened (a server that does not answer, a refused login): the message names the location.</summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);
