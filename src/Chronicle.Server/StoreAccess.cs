using Chronicle.Store;

namespace Chronicle.Server;

/// <summary>
/// Opens the store for each request, so requests never share a connection. SQLite in WAL mode lets readers
/// go on while a batch is written, and each batch is one transaction, so a reader never sees half of one.
/// Ingests are serialized here: one writer at a time, the others wait their turn rather than fail.
/// </summary>
public sealed class StoreAccess(ServeOptions options)
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public string Location => options.Db;

    public IChronicleStore Open() => StoreFactory.Open(options.Db);

    public async Task<T> WriteAsync<T>(Func<IChronicleStore, T> write, CancellationToken cancel)
    {
        await _writer.WaitAsync(cancel);
        try
        {
            return await Task.Run(() =>
            {
                using var store = Open();
                return write(store);
            }, CancellationToken.None);
        }
        finally
        {
            _writer.Release();
        }
    }
}
