using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

// usage: bench-serve BASE_URL SECONDS CLIENTS [INGEST_JSONL PAGES_PER_POST]
// Phase "uncached": CLIENTS closed-loop clients send a mix of search, timeline and check requests for SECONDS,
// each with a parameter of its own so that no answer comes from the server's cache.
// Phase "quiet": the same mix as it comes (repeated questions are answered from the cache).
// Phase "ingest" (with INGEST_JSONL): the same mix while the pages are POSTed to /api/ingest, PAGES_PER_POST at
// a time one after another; the phase lasts until the ingest is done, and at least SECONDS, at most 20 minutes.
// Only loopback addresses are accepted: this is a load run against our own server.
var baseUri = new Uri(args[0]);
if (!baseUri.IsLoopback) { Console.Error.WriteLine("bench-serve: only a loopback address may be loaded"); return 2; }
var duration = TimeSpan.FromSeconds(int.Parse(args[1]));
int clients = int.Parse(args[2]);
string? ingestFile = args.Length > 3 ? args[3] : null;
int perPost = args.Length > 4 ? int.Parse(args[4]) : 500;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients + 2 }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
var mix = await RequestMix.Build(http);
Console.WriteLine($"# {mix.Entities.Count} entities, {mix.Words.Count} search words, {clients} clients, {duration.TotalSeconds:F0} s a phase");

await Phase("uncached", () => Task.Delay(duration), uncached: true);
await Phase("quiet", () => Task.Delay(duration));
if (ingestFile is not null)
{
    string token = Environment.GetEnvironmentVariable("CHRONICLE_TOKEN") ?? throw new InvalidOperationException("CHRONICLE_TOKEN is not set");
    using var ingestHttp = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(20) };
    using var cap = new CancellationTokenSource(TimeSpan.FromMinutes(20));
    await Phase("ingest", async () =>
    {
        var clock = Stopwatch.StartNew();
        int stored = 0;
        foreach (var chunk in File.ReadLines(ingestFile).Chunk(perPost))
        {
            if (cap.IsCancellationRequested) { Console.WriteLine("# ingest: stopped at the 20-minute cap"); break; }
            var post = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(string.Join('\n', chunk) + "\n") };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await ingestHttp.SendAsync(post);
            string body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"ingest answered {(int)response.StatusCode}: {body}");
            stored += JsonDocument.Parse(body).RootElement.GetProperty("ingested").GetInt32();
        }
        Console.WriteLine($"# ingest: {stored} pages stored in {clock.Elapsed.TotalSeconds:F1} s ({stored / clock.Elapsed.TotalSeconds:F0} pages/s) under load");
        var rest = duration - clock.Elapsed;
        if (rest > TimeSpan.Zero) await Task.Delay(rest);
    });
}
return 0;

async Task Phase(string name, Func<Task> run, bool uncached = false)
{
    var samples = new List<(string Endpoint, double Ms, bool Ok)>[clients];
    using var stop = new CancellationTokenSource();
    var clock = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
    {
        var mine = samples[c] = [];
        var random = new Random(c * 7919 + name.Length);
        while (!stop.IsCancellationRequested)
        {
            var (endpoint, url) = mix.Next(random);
            if (uncached) url += $"&uncached={c}-{mine.Count}";
            var started = Stopwatch.GetTimestamp();
            bool ok;
            try
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                ok = response.IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                ok = false;
            }
            mine.Add((endpoint, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ok));
        }
    })).ToArray();
    double cpuBefore = ServerCpuSeconds();
    await run();
    stop.Cancel();
    await Task.WhenAll(workers);
    double seconds = clock.Elapsed.TotalSeconds, cpu = ServerCpuSeconds() - cpuBefore;
    var all = samples.SelectMany(s => s).ToList();
    Console.WriteLine($"\n## phase {name}: {seconds:F1} s, {all.Count} requests, {all.Count / seconds:F0} requests/s, {all.Count(s => !s.Ok)} errors");
    if (cpu > 0) Console.WriteLine($"server CPU {cpu:F1} s ({cpu / seconds:F2} cores busy on average), {1000 * cpu / Math.Max(1, all.Count):F0} CPU ms a request");
    Console.WriteLine("| endpoint | requests | req/s | errors | p50 ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var group in all.GroupBy(s => s.Endpoint).OrderBy(g => g.Key).Append(all.GroupBy(_ => "all").Single()))
    {
        var ms = group.Select(s => s.Ms).Order().ToArray();
        Console.WriteLine($"| {group.Key} | {ms.Length} | {ms.Length / seconds:F0} | {group.Count(s => !s.Ok)} | {Percentile(ms, 50):F1} | {Percentile(ms, 95):F1} | {Percentile(ms, 99):F1} | {ms[^1]:F1} |");
    }
}

// CPU seconds the server process has used (user + system), from /proc; 0 when SERVER_PID is not given.
static double ServerCpuSeconds()
{
    if (Environment.GetEnvironmentVariable("SERVER_PID") is not { Length: > 0 } pid) return 0;
    var fields = File.ReadAllText($"/proc/{pid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0; // utime and stime, in clock ticks of 1/100 s
}

static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

/// <summary>Requests built from what the store holds: its entities' names for timelines, search words and claims.</summary>
sealed record RequestMix(IReadOnlyList<(string Name, string Type)> Entities, IReadOnlyList<string> Words, DateOnly First, DateOnly Last)
{
    private static readonly string[] CommonWords = ["minister", "charged", "election", "company", "president", "court", "deal", "chief executive", "resigned", "acquire"];

    public static async Task<RequestMix> Build(HttpClient http)
    {
        var entities = JsonDocument.Parse(await http.GetStringAsync("/api/entities?limit=300")).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("name").GetString()!, e.GetProperty("type").GetString()!)).ToList();
        var docs = JsonDocument.Parse(await http.GetStringAsync("/api/docs?limit=1000")).RootElement.EnumerateArray()
            .Select(d => DateOnly.Parse(d.GetProperty("date").GetString()!)).ToList();
        var words = entities.Take(100).Select(e => e.Item1.Split(' ')[^1]).Concat(CommonWords).Distinct().ToList();
        return new RequestMix(entities, words, docs.Min(), docs.Max());
    }

    /// <summary>The endpoints in the mix: BENCH_MIX (e.g. "search,check"), else all three.</summary>
    private static readonly int[] Kinds = Environment.GetEnvironmentVariable("BENCH_MIX") is { Length: > 0 } mix
        ? mix.Split(',').Select(k => Array.IndexOf(["search", "timeline", "check"], k.Trim())).Where(k => k >= 0).ToArray()
        : [0, 1, 2];

    /// <summary>An equal share each: search, timeline, check (or those BENCH_MIX names).</summary>
    public (string Endpoint, string Url) Next(Random random)
    {
        string Day() => First.AddDays(random.Next(Math.Max(1, Last.DayNumber - First.DayNumber))).ToString("yyyy-MM-dd");
        string Of(string type) => Entities.Where(e => e.Type == type).Select(e => e.Name).ElementAtOrDefault(random.Next(60)) ?? Entities[0].Name;
        switch (Kinds[random.Next(Kinds.Length)])
        {
            case 0:
                return ("search", $"/api/search?q={Uri.EscapeDataString(Words[random.Next(Words.Count)])}&limit=10");
            case 1:
                return ("timeline", $"/api/timeline?entity={Uri.EscapeDataString(Entities[random.Next(Math.Min(100, Entities.Count))].Name)}");
            default:
                string claim = random.Next(3) switch
                {
                    0 => $"{Of("PERSON")} is the CEO of {Of("ORGANIZATION")}",
                    1 => $"{Of("PERSON")} is the president of {Of("LOCATION")}",
                    _ => $"{Of("PERSON")} faces a charge",
                };
                return ("check", $"/api/check?claim={Uri.EscapeDataString(claim)}&as_of={Day()}");
        }
    }
}
