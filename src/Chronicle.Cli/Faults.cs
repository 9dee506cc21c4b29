using Chronicle.Events.Ontology;
using Chronicle.Store;
using Chronicle.Store.Sqlite;

namespace Chronicle.Cli;

/// <summary>Turns any exception that escapes a command into one line and an exit code: no stack trace reaches a user.</summary>
internal static class Faults
{
    public sealed record Fault(string Message, int Status);

    public static Fault? Describe(Exception e, string? storePath = null)
    {
        // Built-in data (the ontology) is read when a type is first used: the fault is the one its initializer threw.
        if (e is TypeInitializationException { InnerException: { } cause }) return Describe(cause, storePath);
        // An edited ontology.json that does not compile: a defect of the build, named by file and entry.
        if (e is OntologyException o) return new Fault($"internal error: the built-in ontology does not load: {o.Message}", ExitCodes.Internal);
        if (e is StoreException s) return new Fault(s.Message, ExitCodes.For(s.Fault));
        // A PostgreSQL server that cannot be reached: the message names it (without its password).
        if (e is StoreUnavailableException u) return new Fault(u.Message, ExitCodes.StoreUnusable);
        if (storePath is not null && SqliteFaults.Translate(storePath, e) is { } translated)
            return new Fault(translated.Message, ExitCodes.For(translated.Fault));
        if (e is UnauthorizedAccessException) return new Fault($"permission denied: {e.Message}", ExitCodes.ReadWriteFailed);
        if (e is IOException) return new Fault($"I/O error: {e.Message}", ExitCodes.ReadWriteFailed);
        if (e is OutOfMemoryException) return null;
        if (Environment.GetEnvironmentVariable("CHRONICLE_DEBUG") is "1") return null;
        return new Fault($"internal error ({e.GetType().Name}: {e.Message.Split('\n')[0]}); please report it, with CHRONICLE_DEBUG=1 for the stack trace", ExitCodes.Internal);
    }
}
