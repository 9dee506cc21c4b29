using Chronicle.Server;
using Chronicle.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Chronicle.Tests.Server;

/// <summary>The server in memory (WebApplicationFactory) over a real SQLite file, with the given settings.</summary>
public sealed class ServerHost(string db, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<ServeOptions>
{
    public const string Token = "test-token-7f3a";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // App configuration, not host settings: those would reach the server as command-line options.
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(
            new Dictionary<string, string?>(settings?.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)) ?? []) { ["db"] = db }));
    }

    public static ServerHost WithIngest(string db, params (string Key, string Value)[] more) =>
        new(db, new Dictionary<string, string> { ["allow-ingest"] = "true", ["CHRONICLE_TOKEN"] = Token, ["rate-limit"] = "100000" }
            .Concat(more.Select(m => KeyValuePair.Create(m.Key, m.Value))).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value));
}

/// <summary>The bundled sample pages ingested once into a store the tests of a class share (read-only).</summary>
public sealed class SampleStore : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleStore()
    {
        Db = _folder.File("samples.db");
        var result = Support.Cli.Run("--db", Db, "ingest", Fixtures.SamplesFolder);
        Assert.True(result.Status == 0, result.Err);
    }

    public string Db { get; }

    public void Dispose() => _folder.Dispose();
}

/// <summary>Pages written for these tests (JSON Lines), one fact each, so ingests can be counted.</summary>
public static class MadeUpPages
{
    public static string JsonLines(int count, string tag, int firstDay = 0) =>
        string.Join("\n", Enumerable.Range(0, count).Select(i => System.Text.Json.JsonSerializer.Serialize(new
        {
            date = new DateOnly(2024, 1, 1).AddDays(firstDay + i).ToString("yyyy-MM-dd"),
            title = $"Harbour report {tag} {i}",
            text = $"The harbour board of Port Elwin met on Tuesday. Board member Mira Castell{i} said the {tag} ferry number {i} would sail again in spring. The vote was unanimous.",
        }))) + "\n";
}
