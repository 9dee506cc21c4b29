namespace Chronicle.Server.Api;

/// <summary>
/// Timelines, as-of and changes read every event that names an entity: on a large store one can take a core
/// for a second and a few hundred MB. At most one per core runs at a time; the rest wait their turn, so
/// they cannot starve search and check of CPU or the process of memory.
/// </summary>
public sealed class HeavyQueries
{
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public async Task<T> Run<T>(Func<T> query, CancellationToken cancel)
    {
        await _slots.WaitAsync(cancel);
        try
        {
            return query();
        }
        finally
        {
            _slots.Release();
        }
    }
}
