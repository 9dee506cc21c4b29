using System.Security.Cryptography;
using System.Text;
using Chronicle.Contracts;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Server.Queries;
using Microsoft.AspNetCore.Http.Features;

namespace Chronicle.Server.Api;

/// <summary>
/// POST /api/ingest: the body is what `chronicle ingest -` reads on stdin (dated pages, JSON Lines, HTML,
/// feeds; `?date=` dates plain text). Refused unless the server was started with --allow-ingest and the
/// request carries CHRONICLE_TOKEN as its bearer token. Nothing in the request names a file.
/// </summary>
public static class IngestEndpoint
{
    public static async Task<IResult> Handle(HttpContext http, ServeOptions options, StoreAccess stores)
    {
        if (!options.AllowIngest) return ApiEndpoints.Error(403, "this server is read-only; start it with --allow-ingest and CHRONICLE_TOKEN set to accept ingests");
        if (options.Token is null) return ApiEndpoints.Error(403, "ingest needs CHRONICLE_TOKEN set when the server starts");
        if (!HasToken(http.Request, options.Token))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiEndpoints.Error(401, "ingest needs the header 'Authorization: Bearer <CHRONICLE_TOKEN>'");
        }
        DateOnly? date;
        try
        {
            date = Parameters.OptionalDate(http.Request.Query["date"], "date");
        }
        catch (BadParameterException e)
        {
            return ApiEndpoints.Error(400, e.Message);
        }
        if (http.Request.ContentLength > options.MaxIngestBytes) return TooLarge(options);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = options.MaxIngestBytes;
        byte[]? body = await ReadBody(http.Request.Body, options.MaxIngestBytes, http.RequestAborted);
        if (body is null) return TooLarge(options);

        var reader = new InputReader { DefaultDate = date };
        var report = await stores.WriteAsync(store =>
            new Ingestor(store, new DocumentAnalyzer(AnalysisOptions.All)).Ingest(reader.Read(["-"], () => new MemoryStream(body))), http.RequestAborted);
        return ApiEndpoints.Json(new Answer(report.Failed.Count > 0 && report.Ingested + report.Duplicates == 0 ? 422 : 200, FactAnswers.Ingest(report)));
    }

    private static IResult TooLarge(ServeOptions options) => ApiEndpoints.Error(413, $"the body is over the limit of {options.MaxIngestBytes} bytes");

    private static bool HasToken(HttpRequest request, string token)
    {
        string header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal)) return false;
        // Constant-time comparison, so the time taken says nothing about how much of a guess was right.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }

    /// <summary>The body, or null when it is longer than the limit (whatever Content-Length claimed).</summary>
    private static async Task<byte[]?> ReadBody(Stream body, long max, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await body.ReadAsync(chunk, cancel)) > 0)
            {
                if (buffer.Length + read > max) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }
}
