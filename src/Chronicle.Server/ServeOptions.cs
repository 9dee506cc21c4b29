using Microsoft.Extensions.Configuration;

namespace Chronicle.Server;

/// <summary>
/// How the server runs, read from configuration: the command line (`--db`, `--allow-ingest`, ...), the
/// environment (CHRONICLE_DB, CHRONICLE_TOKEN) or a test host's settings. The defaults are the safe ones.
/// </summary>
public sealed record ServeOptions(
    string Db, bool AllowIngest, string? Token, long MaxIngestBytes, int RequestsPerSecond)
{
    public const string DefaultUrls = "http://127.0.0.1:5100";

    /// <summary>Same limit as a file given to `chronicle ingest`.</summary>
    public const long DefaultMaxIngestBytes = Chronicle.Ingest.InputReader.MaxFileBytes;

    public static ServeOptions From(IConfiguration configuration)
    {
        string? db = configuration["db"] is { Length: > 0 } given ? given : configuration["CHRONICLE_DB"];
        return new ServeOptions(
            Db: db is { Length: > 0 } ? db : "chronicle.db",
            AllowIngest: bool.TryParse(configuration["allow-ingest"], out bool allow) && allow,
            Token: configuration["CHRONICLE_TOKEN"] is { Length: > 0 } token ? token : null,
            MaxIngestBytes: long.TryParse(configuration["max-ingest-bytes"], out long max) && max > 0 ? max : DefaultMaxIngestBytes,
            RequestsPerSecond: int.TryParse(configuration["rate-limit"], out int rate) && rate > 0 ? rate : 200);
    }
}
