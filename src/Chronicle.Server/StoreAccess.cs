using System.Collections.Concurrent;
using Chronicle.Store;

namespace Chronicle.Server;

/// <summary>
/// The store's connections. A request rents one for itself, so requests never share a connection; SQLite in
/// WAL mode lets readers go on while a batch is written, and each batch is one transaction, so a reader never
/// sees half of one. Connections are kept open between requests because opening one checks the schema
/// migrations, which waits for a running write. There are at most a few (each has a page cache of up to
/// 64 MB, and two cores gain nothing from more queries at once); a request waits for one to be free.
/// Ingests are serialized here: one writer at a time, the others wait their turn rather than fail.
/// </summary>
public sealed class StoreAccess(ServeOptions options) : IDisposable
{
    public static readonly int MaxReaders = 2 * Environment.ProcessorCount + 2;

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SemaphoreSlim _readers = new(MaxReaders, MaxReaders);
    private readonly ConcurrentBag<IChronicleStore> _idle = [];
    private long _writes;

    public string Location => options.Db;

    /// <summary>A connection of one's own until the lease is disposed; waits while all are in use.</summary>
    public StoreLease Rent()
    {
        _readers.Wait();
        try
        {
            return new(this, _idle.TryTake(out var store) ? store : StoreFactory.Open(options.Db));
        }
        catch
        {
            _readers.Release();
            throw;
        }
    }

    private void Return(IChronicleStore store)
    {
        _idle.Add(store);
        _readers.Release();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store)) store.Dispose();
    }

    public sealed class StoreLease(StoreAccess owner, IChronicleStore store) : IDisposable
    {
        public IChronicleStore Store { get; } = store;

        public void Dispose() => owner.Return(Store);
    }

    /// <summary>
    /// Changes whenever the store's content may have: after each write through this server, and when the
    /// database or its write-ahead log is written by anyone else (a `chronicle ingest` beside the server).
    /// Cached answers are keyed by it.
    /// </summary>
    public string Version()
    {
        var db = new FileInfo(options.Db);
        var wal = new FileInfo(options.Db + "-wal");
        return $"{Interlocked.Read(ref _writes)}:{(db.Exists ? db.LastWriteTimeUtc.Ticks : 0)}:{(db.Exists ? db.Length : 0)}:{(wal.Exists ? wal.LastWriteTimeUtc.Ticks : 0)}:{(wal.Exists ? wal.Length : 0)}";
    }

    public async Task<T> WriteAsync<T>(Func<IChronicleStore, T> write, CancellationToken cancel)
    {
        await _writer.WaitAsync(cancel);
        try
        {
            return await Task.Run(() =>
            {
                using var store = StoreFactory.Open(options.Db);
                try
                {
                    return write(store);
                }
                finally
                {
                    Interlocked.Increment(ref _writes);
                }
            }, CancellationToken.None);
        }
        finally
        {
            _writer.Release();
        }
    }
}
