using Chronicle.Server.Mcp;

namespace Chronicle.Cli.Commands;

/// <summary>`chronicle mcp`: the MCP tools over standard input and output, for an agent that starts Chronicle as a subprocess.</summary>
public sealed class McpCommand : ICommand
{
    public string Name => "mcp";
    public string Usage => "mcp";
    public string Summary => "MCP server on stdin/stdout: search, entity, timeline, as_of, changes, check_claim";

    public int Run(CommandContext context)
    {
        if (context.Args.Positional.Count > 0) throw new UsageException("mcp takes no arguments; the store is --db");
        return McpStdio.Run(context.DbPath);
    }
}
