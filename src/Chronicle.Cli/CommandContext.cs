using System.Text.Json;
using Chronicle.Contracts;
using Chronicle.Store;

namespace Chronicle.Cli;

/// <summary>What a command gets: its arguments, the standard streams and the store location.</summary>
public sealed class CommandContext(CliArgs args, TextReader stdin, TextWriter stdout, TextWriter stderr)
{
    public CliArgs Args { get; } = args;
    public TextReader In { get; } = stdin;
    public TextWriter Out { get; } = stdout;
    public TextWriter Err { get; } = stderr;
    public bool Json => Args.Flag("json");

    /// <summary>--db, else $CHRONICLE_DB, else chronicle.db in the working directory.</summary>
    public string DbPath =>
        Args.Option("db")
        ?? (Environment.GetEnvironmentVariable("CHRONICLE_DB") is { Length: > 0 } fromEnvironment ? fromEnvironment : "chronicle.db");

    /// <summary>Opens an existing store; only ingest creates one (<paramref name="createIfMissing"/>).</summary>
    public IChronicleStore OpenStore(bool createIfMissing = false) => StoreFactory.Open(DbPath, createIfMissing);

    /// <summary>The store location for messages: a PostgreSQL connection string is shown as a URI without its password.</summary>
    public string DbName => Store.Postgres.PostgresLocation.IsPostgres(DbPath)
        ? Store.Postgres.PostgresLocation.Display(Store.Postgres.PostgresLocation.ConnectionString(DbPath)) : DbPath;

    /// <summary>Whether human output goes to an interactive terminal (progress bars only then).</summary>
    public bool IsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected && !Json;

    public static JsonSerializerOptions JsonOptions => ContractJson.Options;

    public void WriteJson<T>(T value) => Out.Write(ContractJson.Text(value));
}
