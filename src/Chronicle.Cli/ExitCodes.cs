using Chronicle.Store;

namespace Chronicle.Cli;

/// <summary>The exit statuses of every command (the table in the README).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The entity, document or timeline asked for is not in the store; or some ingest inputs could not be read.</summary>
    public const int NotFoundOrPartial = 1;
    public const int Usage = 2;
    /// <summary>The store cannot be used: missing, not a Chronicle store, corrupt, or written by a newer version.</summary>
    public const int StoreUnusable = 3;
    /// <summary>The store or an input cannot be read or written: read-only, permission denied, disk full, busy, I/O error.</summary>
    public const int ReadWriteFailed = 4;
    /// <summary>A bug in Chronicle: the one-line message names the exception; CHRONICLE_DEBUG=1 prints the stack.</summary>
    public const int Internal = 70;

    public static int For(StoreFault fault) => fault switch
    {
        StoreFault.Missing or StoreFault.NotAStore or StoreFault.Corrupt or StoreFault.NewerVersion => StoreUnusable,
        _ => ReadWriteFailed,
    };
}
