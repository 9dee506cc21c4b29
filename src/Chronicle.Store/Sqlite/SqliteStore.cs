using Chronicle.Domain.Documents;

namespace Chronicle.Store.Sqlite;

public sealed partial class SqliteStore(string path) : IChronicleStore
{
    public string Location => path;
    public BatchResult SaveBatch(IReadOnlyList<DocumentAnalysis> batch) => throw new NotImplementedException();
    public bool ContainsDocument(string documentId) => false;
    public IReadOnlyList<DocumentSummary> ListDocuments(int limit = int.MaxValue) => [];
    public StoredDocument? GetDocument(string documentIdOrPrefix) => null;
    public IReadOnlyList<SearchHit> Search(SearchQuery query) => [];
    public void Dispose() { }
}
