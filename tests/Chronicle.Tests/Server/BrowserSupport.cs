using Chronicle.Server;
using Chronicle.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Chronicle.Tests.Server;

/// <summary>
/// A test that needs a real headless Chromium: Debian's `chromium`, found through CHRONICLE_TEST_CHROMIUM
/// (scripts/services/chromium.sh installs it and sets that). Without it the test is skipped, and the
/// test run lists it as skipped with this reason.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserSession.ChromiumPath is null)
            Skip = "SKIPPED: browser test needs Chromium; set CHRONICLE_TEST_CHROMIUM=/usr/bin/chromium (bash scripts/test.sh does)";
    }
}

/// <summary>The sample store served by a real Kestrel on a free loopback port, and a Chromium driven by Playwright.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public static string? ChromiumPath =>
        Environment.GetEnvironmentVariable("CHRONICLE_TEST_CHROMIUM") is { Length: > 0 } path && File.Exists(path) ? path : null;

    /// <summary>Where to save screenshots of the pages (docs/screenshots when refreshing them), or null.</summary>
    public static string? ScreenshotFolder => Environment.GetEnvironmentVariable("CHRONICLE_SCREENSHOTS") is { Length: > 0 } folder ? folder : null;

    private readonly SampleStore _samples = new();
    private WebApplication? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public string Db => _samples.Db;

    public async Task InitializeAsync()
    {
        if (ChromiumPath is null) return;
        _server = ChronicleServer.Build(["--db", _samples.Db, "--urls", "http://127.0.0.1:0"]);
        await _server.StartAsync();
        BaseUrl = _server.Urls.First().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task<IPage> OpenAsync(string path)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.Response += (_, response) => { if (response.Status >= 400) errors.Add($"{response.Status} {response.Url}"); };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(BaseUrl + "/", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                errors.Add($"fetched from elsewhere: {request.Url}");
        };
        await page.GotoAsync(BaseUrl + path);
        _errors[page] = errors;
        return page;
    }

    private readonly Dictionary<IPage, List<string>> _errors = [];

    /// <summary>Script errors and refused resources (a content security policy violation shows up here).</summary>
    public IReadOnlyList<string> ErrorsOn(IPage page) => _errors[page];

    public static async Task Screenshot(IPage page, string name)
    {
        if (ScreenshotFolder is not { } folder) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _samples.Dispose();
    }
}
