using Chronicle.Server.Queries;
using Microsoft.Extensions.Hosting;

namespace Chronicle.Server.Mcp;

/// <summary>`chronicle mcp`: the MCP tools over standard input and output, for an agent that starts Chronicle itself.</summary>
public static class McpStdio
{
    public static int Run(string db)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        // Standard output carries the protocol: the log goes to standard error, one line an entry.
        builder.Logging.AddProvider(new OneLineLoggerProvider("mcp"));
        builder.Services.AddSingleton(new ServeOptions(db, AllowIngest: false, Token: null, ServeOptions.DefaultMaxIngestBytes, RequestsPerSecond: int.MaxValue));
        builder.Services.AddSingleton<StoreAccess>();
        builder.Services.AddSingleton<ChronicleQueries>();
        builder.Services.AddMcpServer().WithStdioServerTransport().WithTools<ChronicleTools>();
        builder.Build().Run();
        return 0;
    }
}
