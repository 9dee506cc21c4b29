using System.Text.Json;
using Chronicle.Tests.Support;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Chronicle.Tests.Server;

/// <summary>The MCP tools through the SDK's own client, over stdio (`chronicle mcp`) and over HTTP (/mcp).</summary>
public sealed class McpToolTests(SampleStore samples) : IClassFixture<SampleStore>
{
    private static readonly string[] ToolNames = ["as_of", "changes", "check_claim", "entity", "search", "timeline"];

    private const string Claim = "Alec Baldwin faces an involuntary manslaughter charge";

    [Fact]
    public async Task Stdio_lists_the_tools_and_checks_a_claim_as_the_CLI_does()
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "chronicle.dll");
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "chronicle", Command = "dotnet", Arguments = [cli, "--db", samples.Db, "mcp"],
        });
        await using var client = await McpClient.CreateAsync(transport);
        await AssertToolsAnswer(client);
    }

    [Fact]
    public async Task Http_lists_the_tools_and_checks_a_claim_as_the_CLI_does()
    {
        using var host = new ServerHost(samples.Db);
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(host.Server.BaseAddress, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp,
        }, host.CreateClient());
        await using var client = await McpClient.CreateAsync(transport);
        await AssertToolsAnswer(client);
    }

    private async Task AssertToolsAnswer(McpClient client)
    {
        var tools = await client.ListToolsAsync();
        Assert.Equal(ToolNames, tools.Select(t => t.Name).Order());
        Assert.All(tools, t => Assert.True(t.Description.Length > 60, $"{t.Name} is not described well enough to choose it"));
        var check = tools.Single(t => t.Name == "check_claim").JsonSchema.GetProperty("properties");
        Assert.True(check.TryGetProperty("claim", out _) && check.TryGetProperty("as_of", out _));

        var result = await client.CallToolAsync("check_claim", new Dictionary<string, object?> { ["claim"] = Claim, ["as_of"] = "2023-04-20" });
        Assert.NotEqual(true, result.IsError);
        string text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.Equal(Support.Cli.Run("--db", samples.Db, "--json", "check", Claim, "--as-of", "2023-04-20").Out, text);
        Assert.Equal("supported", JsonDocument.Parse(text).RootElement.GetProperty("verdict").GetString());

        var bad = await client.CallToolAsync("as_of", new Dictionary<string, object?> { ["date"] = "last May" });
        Assert.True(bad.IsError);
        Assert.Contains("YYYY-MM-DD", Assert.IsType<TextContentBlock>(Assert.Single(bad.Content)).Text);
    }
}
