using System.ComponentModel;
using Chronicle.Contracts;
using Chronicle.Server.Queries;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace Chronicle.Server.Mcp;

/// <summary>
/// The MCP tools, over stdio (`chronicle mcp`) and HTTP (/mcp on `chronicle serve`). Each returns the JSON
/// the matching CLI command prints with --json, citations included (document id, date, sentence).
/// </summary>
[McpServerToolType]
public sealed class ChronicleTools(ChronicleQueries queries)
{
    [McpServerTool(Name = "search", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Full-text search over the sentences of stored news articles, best matches first. Use it to find where something was reported. Returns each matching sentence with its document id, publication date, title and the matched words in **bold**.")]
    public string Search(
        [Description("Words to look for, e.g. 'manslaughter charge'")] string query,
        [Description("Only articles published on or after this date, YYYY-MM-DD")] string? after = null,
        [Description("Only articles published on or before this date, YYYY-MM-DD")] string? before = null,
        [Description("Most hits to return (1-1000, default 10)")] int? limit = null) =>
        Reply(() => queries.Search(query, after, before, limit?.ToString()));

    [McpServerTool(Name = "entity", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("What the store knows of a person, organization or place by name: type, aliases, roles with dates and documents, first and last seen. When the name is ambiguous, lists the candidates.")]
    public string Entity([Description("A name or alias, e.g. 'Alec Baldwin' or 'Baldwin'")] string name) =>
        Reply(() => queries.Entity(name));

    [McpServerTool(Name = "timeline", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("An entity's events in time order (charges, appointments, deaths, acquisitions...), each with its date, modality (asserted, reported, planned...) and the source sentences with document ids and dates.")]
    public string Timeline(
        [Description("The entity's name, e.g. 'Alec Baldwin'")] string entity,
        [Description("Only events from this date, YYYY-MM-DD")] string? from = null,
        [Description("Only events up to this date, read from articles published on or before it, YYYY-MM-DD")] string? to = null) =>
        Reply(() => queries.Timeline(entity, from, to));

    [McpServerTool(Name = "as_of", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The facts (states with validity intervals, e.g. holds a position, faces a charge) that held on a date according to the articles published on or before it, with their sources. Use it for 'what was true then' questions.")]
    public string AsOf(
        [Description("The day, YYYY-MM-DD")] string date,
        [Description("Only facts about this entity (optional)")] string? entity = null) =>
        Reply(() => queries.AsOf(date, entity));

    [McpServerTool(Name = "changes", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Facts that started or ended within a window of dates, with their validity and sources. Use it for 'what changed between' questions.")]
    public string Changes(
        [Description("First day of the window, YYYY-MM-DD")] string from,
        [Description("Last day of the window, YYYY-MM-DD")] string to,
        [Description("Only facts about this entity (optional)")] string? entity = null) =>
        Reply(() => queries.Changes(from, to, entity));

    [McpServerTool(Name = "check_claim", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Checks a claim as of a date: 'supported' (a source says it and nothing later ended it), 'outdated' (it held but had ended by then) or 'not_supported', with the evidence sentences (document id, date), what ended it, and a note saying why. Use it to fact-check a statement.")]
    public string CheckClaim(
        [Description("The claim in plain English, e.g. 'Alec Baldwin faces an involuntary manslaughter charge'")] string claim,
        [Description("The date the claim is checked for, YYYY-MM-DD")] string as_of) =>
        Reply(() => queries.Check(claim, as_of));

    /// <summary>The answer's JSON; a bad argument or nothing found is reported as a tool error the agent can read.</summary>
    private static string Reply(Func<Answer> query)
    {
        Answer answer;
        try
        {
            answer = query();
        }
        catch (BadParameterException e)
        {
            throw new McpException(e.Message);
        }
        return ContractJson.Text(answer.Body);
    }
}
