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

    public IChronicleStore OpenStore() => StoreFactory.Open(DbPath);

    /// <summary>Whether human output goes to an interactive terminal (progress bars only then).</summary>
    public bool IsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected && !Json;

    public static JsonSerializerOptions JsonOptions => ContractJson.Options;

    public void WriteJson<T>(T value) => Out.Write(ContractJson.Text(value));
}
