using Chronicle.Contracts;
using Chronicle.Server.Queries;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Chronicle.Server.Api;

/// <summary>
/// The JSON API under /api/: one endpoint a CLI command, parameters named after the command's arguments,
/// and the body the command prints with --json, byte for byte. Parameters arrive as text and are checked
/// by <see cref="Parameters"/>, so a bad one gets the same one-line 400 here as over MCP.
/// </summary>
public static class ApiEndpoints
{
    public static void MapChronicleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Chronicle").CacheOutput(AnswerCache.Policy)
            .WithMetadata(new ProducesResponseTypeMetadata(200, null, ["application/json"]), new ProducesResponseTypeMetadata(400, null, ["application/json"]));
        api.MapGet("/search", (ChronicleQueries queries, string? q, string? after, string? before, string? limit) =>
                Send(() => queries.Search(q, after, before, limit)))
            .WithSummary("Full-text search over sentences (chronicle search --json)")
            .WithDescription("BM25-ranked sentences matching q; after and before are inclusive publication dates (YYYY-MM-DD); limit 1-1000, default 10.");
        api.MapGet("/docs", (ChronicleQueries queries, string? limit) => Send(() => queries.Documents(limit)))
            .WithSummary("Stored documents (chronicle docs --json)");
        api.MapGet("/docs/{id}", (ChronicleQueries queries, string id) => Send(() => queries.Document(id)))
            .WithSummary("One document, cleaned, with its sentences (chronicle show --json); id or the start of one").Produces(404);
        api.MapGet("/entities", (ChronicleQueries queries, string? limit, string? type) => Send(() => queries.Entities(limit, type)))
            .WithSummary("Stored entities, most documents first (chronicle entities --json); type PERSON, ORGANIZATION, LOCATION or PRODUCT");
        api.MapGet("/entities/{name}", (ChronicleQueries queries, string name) => Send(() => queries.Entity(name)))
            .WithSummary("One entity: aliases, roles, documents; the candidates when ambiguous (chronicle entity --json)").Produces(404);
        api.MapGet("/timeline", (ChronicleQueries queries, HeavyQueries heavy, HttpContext http, string? entity, string? from, string? to) =>
                SendHeavy(heavy, http, () => queries.Timeline(entity, from, to)))
            .WithSummary("An entity's events in time order with their sources (chronicle timeline --json)");
        api.MapGet("/asof", (ChronicleQueries queries, HeavyQueries heavy, HttpContext http, string? date, string? entity) =>
                SendHeavy(heavy, http, () => queries.AsOf(date, entity)))
            .WithSummary("Facts that held on date, per the articles published by then (chronicle asof --json)");
        api.MapGet("/changes", (ChronicleQueries queries, HeavyQueries heavy, HttpContext http, string? from, string? to, string? entity) =>
                SendHeavy(heavy, http, () => queries.Changes(from, to, entity)))
            .WithSummary("Facts that started or ended between from and to (chronicle changes --json)");
        api.MapGet("/check", (ChronicleQueries queries, string? claim, [FromQuery(Name = "as_of")] string? asOf) => Send(() => queries.Check(claim, asOf)))
            .WithSummary("Supported, outdated or not_supported as of a date, with evidence (chronicle check --json)");
        api.MapPost("/ingest", IngestEndpoint.Handle)
            .WithSummary("Store pages from the body: dated pages, JSON Lines, HTML or a feed (chronicle ingest - --json)")
            .WithDescription("Only when the server runs with --allow-ingest and CHRONICLE_TOKEN; send 'Authorization: Bearer <token>'. ?date=YYYY-MM-DD dates plain text.")
            .Accepts<string>("text/plain", "application/x-ndjson", "text/html", "application/rss+xml")
            .Produces(401).Produces(403).Produces(413).Produces(422);
        app.MapGet("/healthz", (StoreAccess stores) =>
        {
            using var lease = stores.Rent();
            var store = lease.Store;
            return Json(new Answer(200, new { status = "ok" }));
        }).WithSummary("The server is up and its store opens");
    }

    /// <summary>Runs a query; a bad parameter becomes 400 with a one-line error, never a stack trace.</summary>
    private static IResult Send(Func<Answer> query)
    {
        try
        {
            return Json(query());
        }
        catch (BadParameterException e)
        {
            return Error(400, e.Message);
        }
    }

    private static Task<IResult> SendHeavy(HeavyQueries heavy, HttpContext http, Func<Answer> query) =>
        heavy.Run(() => Send(query), http.RequestAborted);

    public static IResult Json(Answer answer) =>
        Results.Text(ContractJson.Text(answer.Body), "application/json; charset=utf-8", statusCode: answer.Status);

    public static IResult Error(int status, string message) => Json(new Answer(status, new { error = message }));
}
