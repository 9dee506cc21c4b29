namespace Chronicle.Store;

/// <summary>Why a store could not be used; the CLI turns each into one line and an exit code.</summary>
public enum StoreFault
{
    /// <summary>No store at the path (or its folder does not exist); only ingest creates one.</summary>
    Missing,
    /// <summary>A file or folder that is not a Chronicle store: another application's database, a folder, an empty path.</summary>
    NotAStore,
    /// <summary>A damaged SQLite file, or not an SQLite file at all.</summary>
    Corrupt,
    /// <summary>A store written by a newer Chronicle, whose schema this build does not know.</summary>
    NewerVersion,
    ReadOnly,
    PermissionDenied,
    DiskFull,
    /// <summary>Another process held the store locked for longer than the busy timeout.</summary>
    Busy,
    IoError,
}

/// <summary>A store fault with the path and a cause a user can act on; never carries a provider stack to the user.</summary>
public sealed class StoreException(string path, StoreFault fault, string cause, Exception? inner = null)
    : Exception($"{(path.Length == 0 ? "(empty path)" : path)}: {cause}", inner)
{
    public string Path { get; } = path;
    public StoreFault Fault { get; } = fault;
    public string Cause { get; } = cause;
}
