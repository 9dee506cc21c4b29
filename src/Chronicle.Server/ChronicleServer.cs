using System.Net;
using System.Threading.RateLimiting;
using Chronicle.Server.Api;
using Chronicle.Server.Mcp;
using Chronicle.Server.Pages;
using Chronicle.Server.Queries;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Chronicle.Server;

/// <summary>
/// One process serving the JSON API, the web pages and the MCP tools over one store. Secure by default:
/// loopback only, read-only, bounded request bodies, a request rate per client, no CORS, and every page
/// encoded against injection with a content security policy that allows nothing from elsewhere.
/// </summary>
public static class ChronicleServer
{
    /// <summary>Runs until stopped (Ctrl+C). Returns the process exit status: 2 for a bad command line.</summary>
    public static int Run(string[] args, Action<string>? announce = null)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (ServeUsageException e)
        {
            Console.Error.WriteLine($"chronicle serve: {e.Message}");
            return 2;
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var options = app.Services.GetRequiredService<ServeOptions>();
            foreach (string url in app.Urls)
            {
                (announce ?? Console.WriteLine)($"Chronicle serves {options.Db} at {url}/ ({(options.AllowIngest ? "ingest allowed with the bearer token" : "read-only")}); Ctrl+C stops it");
                if (!IsLoopback(url)) Console.Error.WriteLine($"chronicle serve: warning: {url} is reachable from other machines");
            }
        });
        try
        {
            app.Run();
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidOperationException)
        {
            // The host has logged why, in one line.
            return 1;
        }
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var settings = ServeArguments.Parse(args);
        // Queries block their thread on SQLite: start with threads enough for a burst of clients rather than
        // let the pool add them one by one while requests wait.
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), io);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(ChronicleServer).Assembly.GetName().Name });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls(settings.TryGetValue("urls", out var urls) && urls is not null ? urls : ServeOptions.DefaultUrls);
        builder.Logging.ClearProviders().AddProvider(new OneLineLoggerProvider("serve"));
        // Options are read when first asked for, after test hosts have added their settings.
        builder.Services.AddSingleton(services => ServeOptions.From(services.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<StoreAccess>();
        builder.Services.AddSingleton<ChronicleQueries>();
        builder.Services.AddSingleton<HeavyQueries>();
        builder.Services.AddAnswerCache();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = ServeOptions.DefaultMaxIngestBytes;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                int perSecond = http.RequestServices.GetRequiredService<ServeOptions>().RequestsPerSecond;
                return RateLimitPartition.GetTokenBucketLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "local", _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perSecond * 2, TokensPerPeriod = perSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0,
                });
            });
        });
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy { Timeout = TimeSpan.FromSeconds(10) });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chronicle API";
            document.Info.Description = "Each answer is the JSON the chronicle CLI prints with --json for the same question.";
            return Task.CompletedTask;
        }));
        builder.Services.AddMcpServer().WithHttpTransport(http => http.Stateless = true).WithTools<ChronicleTools>();

        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(async http =>
        {
            http.Response.StatusCode = 500;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync("{\n  \"error\": \"internal error; the server log has the details\"\n}\n");
        }));
        app.Use(SecurityHeaders);
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.UseOutputCache();
        app.MapChronicleApi();
        app.MapChroniclePages();
        app.MapMcp("/mcp").ExcludeFromDescription();
        app.MapApiReference();
        return app;
    }

    /// <summary>No scripts, styles or frames from anywhere but this server; no sniffing; no referrer leaks. No CORS headers are ever sent.</summary>
    private static Task SecurityHeaders(HttpContext http, RequestDelegate next)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ApiReference.ContentSecurityPolicy(http.Request.Path);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(http);
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
