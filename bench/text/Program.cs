using System.Diagnostics;
using System.Text.RegularExpressions;
using Chronicle.Ingest;
using Chronicle.Text;

// Pages per second of the text stage on one thread: cleaning, cleaning + sentence splitting, and cleaning +
// splitting + tokenizing every sentence, over the dev pages repeated. The machine may be shared, so each
// stage runs several rounds and reports the best wall-clock round, the median round, and the rate per
// second of CPU time the process used (which other processes' load does not dilute). Run pinned to one core:
//   taskset -c 0 dotnet run -c Release --project bench/text [pagesDir] [rounds] [pagesJoined]
// pagesJoined > 1 glues that many dev pages into one, to see how the cost grows with page length.
string root = args.Length > 0 ? args[0] : Path.Combine(FindRepoRoot(), "..", "shared", "dev");
int rounds = args.Length > 1 ? int.Parse(args[1]) : 7;
int joined = args.Length > 2 ? int.Parse(args[2]) : 1;
var pages = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(ReadPage)
    .Chunk(joined).Select(group => string.Join("\n\n", group)).ToArray();
double charsPerPage = pages.Average(p => p.Length);

var startup = Stopwatch.StartNew();
_ = NoiseRules.Default;
_ = Abbreviations.Default;
Console.WriteLine($"{pages.Length} pages, {charsPerPage:F0} chars per page on average; rules load in {startup.Elapsed.TotalMilliseconds:F0} ms");

(string Name, Func<string, int> Work)[] stages =
[
    ("clean", page => PageCleaner.Clean(page).Paragraphs.Count),
    ("clean+split", page => SentenceSplitter.Split(page, PageCleaner.Clean(page).Paragraphs).Count),
    ("clean+split+tokenize", CleanSplitTokenize),
];

// A single core shared with the JIT's background compiler needs seconds to reach the last tier, and the
// measuring loop itself must be compiled at that tier too, so the warm-up goes through Measure.
var warmUp = Stopwatch.StartNew();
while (warmUp.Elapsed.TotalSeconds < 8)
    foreach (var (name, work) in stages) Measure(name, work, report: false);

Console.WriteLine("stage\tbest_pages_per_s\tmedian_pages_per_s\tpages_per_cpu_s\tbest_us_per_page\tbest_MB_per_s\talloc_KB_per_page");
foreach (var (name, work) in stages) Measure(name, work, report: true);

static int CleanSplitTokenize(string page)
{
    int tokens = 0;
    foreach (var sentence in SentenceSplitter.Split(page, PageCleaner.Clean(page).Paragraphs))
        tokens += Tokenizer.Tokenize(page, sentence.Span).Count;
    return tokens;
}

void Measure(string name, Func<string, int> work, bool report)
{
    const int repeats = 50;
    var rates = new List<double>();
    long allocated = 0, sink = 0;
    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    for (int round = 0; round < rounds; round++)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
            foreach (var page in pages) sink += work(page);
        rates.Add(repeats * pages.Length / clock.Elapsed.TotalSeconds);
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
    }
    process.Refresh();
    double perCpuSecond = rounds * repeats * pages.Length / (process.TotalProcessorTime - cpuBefore).TotalSeconds;
    rates.Sort();
    double best = rates[^1], median = rates[rates.Count / 2];
    if (!report) return;
    double allocKb = allocated / 1024.0 / (repeats * pages.Length);
    Console.WriteLine($"{name}\t{best:F0}\t{median:F0}\t{perCpuSecond:F0}\t{1e6 / best:F1}\t{best * charsPerPage * 2 / 1e6:F1}\t{allocKb:F1}\t(check {sink % 997})");
}

static string ReadPage(string file)
{
    string text = File.ReadAllText(file);
    var prefix = Regex.Match(text, @"^\s?date \d{4}-\d{2}-\d{2} ");
    return prefix.Success ? text[prefix.Length..] : text;
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("Run inside the Chronicle repository.");
}
