using System.Diagnostics;
using System.Text.Json;
using Chronicle.Domain.Documents;
using Chronicle.Events;
using Chronicle.Pipeline;
using Chronicle.Query;
using Chronicle.Store;

// Events-stage benchmark (run on one core: taskset -c 0 dotnet run -c Release --project bench/events/EventsBench -- ...):
//   extract CORPUS.jsonl PAGES      event extraction alone, over pages already analysed by the earlier stages
//   check STORE.db                  claim checks in process against a store (see bench/events/run.sh for building one)
if (args.Length < 2) { Console.Error.WriteLine("usage: extract CORPUS.jsonl PAGES | check STORE.db"); return 2; }
if (args[0] == "extract")
{
    int pages = int.Parse(args[2]);
    var analyzer = new DocumentAnalyzer(new AnalysisOptions(Time: true, Entities: true, Events: false));
    var analyses = new List<DocumentAnalysis>();
    foreach (var line in File.ReadLines(args[1]).Take(pages))
    {
        using var json = JsonDocument.Parse(line);
        var doc = new Document($"p{analyses.Count}", DateOnly.Parse(json.RootElement.GetProperty("date").GetString()!), json.RootElement.GetProperty("text").GetString()!);
        try { analyses.Add(analyzer.Analyze(doc)); } catch (Exception) { /* a page an earlier stage cannot read is not an events measurement */ }
    }
    foreach (var a in analyses.Take(50)) EventExtractor.Default.Extract(a);
    for (int round = 1; round <= 3; round++)
    {
        int events = 0;
        var watch = Stopwatch.StartNew();
        foreach (var a in analyses) events += EventExtractor.Default.Extract(a).Count;
        watch.Stop();
        Console.WriteLine($"extract\tround {round}\t{analyses.Count} pages\t{events} events\t{watch.Elapsed.TotalSeconds:F2} s\t{analyses.Count / watch.Elapsed.TotalSeconds:F0} pages/s");
    }
    return 0;
}
using var store = StoreFactory.Open(args[1]);
var checker = new ClaimChecker(store);
string[] claims =
[
    "Alec Baldwin faces an involuntary manslaughter charge", "Liz Truss is the prime minister of the United Kingdom",
    "Microsoft owns Activision Blizzard", "Linda Yaccarino is the CEO of X (formerly Twitter)", "Hannah Gutierrez-Reed is in custody",
];
foreach (var c in claims) checker.Check(c, new DateOnly(2024, 7, 20));
var times = new List<double>();
foreach (var c in claims)
    for (int i = 0; i < 10; i++)
    {
        var watch = Stopwatch.StartNew();
        checker.Check(c, new DateOnly(2022 + i % 3, 1 + i, 15));
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
times.Sort();
Console.WriteLine($"check\t{times.Count} checks\tmedian {times[times.Count / 2]:F1} ms\tp95 {times[(int)(times.Count * 0.95)]:F1} ms\tmax {times[^1]:F1} ms");
return 0;
