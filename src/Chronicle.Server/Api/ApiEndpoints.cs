using Chronicle.Contracts;
using Chronicle.Server.Queries;

namespace Chronicle.Server.Api;

/// <summary>
/// The JSON API under /api/: one endpoint a CLI command, parameters named after the command's arguments,
/// and the body the command prints with --json, byte for byte.
/// </summary>
public static class ApiEndpoints
{
    public static void MapChronicleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", (ChronicleQueries q, HttpRequest r) =>
            Send(() => q.Search(r.Query["q"], r.Query["after"], r.Query["before"], r.Query["limit"])));
        api.MapGet("/docs", (ChronicleQueries q, HttpRequest r) => Send(() => q.Documents(r.Query["limit"])));
        api.MapGet("/docs/{id}", (ChronicleQueries q, string id) => Send(() => q.Document(id)));
        api.MapGet("/entities", (ChronicleQueries q, HttpRequest r) => Send(() => q.Entities(r.Query["limit"], r.Query["type"])));
        api.MapGet("/entities/{name}", (ChronicleQueries q, string name) => Send(() => q.Entity(name)));
        api.MapGet("/timeline", (ChronicleQueries q, HttpRequest r) => Send(() => q.Timeline(r.Query["entity"], r.Query["from"], r.Query["to"])));
        api.MapGet("/asof", (ChronicleQueries q, HttpRequest r) => Send(() => q.AsOf(r.Query["date"], r.Query["entity"])));
        api.MapGet("/changes", (ChronicleQueries q, HttpRequest r) => Send(() => q.Changes(r.Query["from"], r.Query["to"], r.Query["entity"])));
        api.MapGet("/check", (ChronicleQueries q, HttpRequest r) => Send(() => q.Check(r.Query["claim"], r.Query["as_of"])));
        api.MapPost("/ingest", IngestEndpoint.Handle);
        app.MapGet("/healthz", (StoreAccess stores) =>
        {
            using var store = stores.Open();
            return Json(new Answer(200, new { status = "ok" }));
        });
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

    public static IResult Json(Answer answer) =>
        Results.Text(ContractJson.Text(answer.Body), "application/json; charset=utf-8", statusCode: answer.Status);

    public static IResult Error(int status, string message) => Json(new Answer(status, new { error = message }));
}
