using System.Text.RegularExpressions;
using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Text;

// Prints, for every dev page, what the cleaner kept (B = body, H = headline) and removed (- reason), piece by
// piece in page order, so that a person can audit noise left in and article text lost.
// Usage: dotnet run --project eval/text/CleanAudit [pagesDir] [--sentences]
//        dotnet run --project eval/text/CleanAudit -- --conll ../shared/conll2003/valid.txt   (sentence boundary scores)
if (args.Length == 2 && args[0] == "--conll")
{
    SentenceScore.Run(args[1]);
    return;
}
string root = args.FirstOrDefault(a => !a.StartsWith("--")) ?? Path.Combine(FindRepoRoot(), "..", "shared", "dev");
bool showSentences = args.Contains("--sentences");
var files = Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
int kept = 0, removed = 0;
foreach (var file in files)
{
    string text = PageText.Read(file);
    var page = PageCleaner.Clean(text);
    Console.WriteLine($"=== {Path.GetRelativePath(root, file)}");
    var pieces = page.Paragraphs.Select(p => (p.Span, Label: p.Kind == ParagraphKind.Headline ? "H" : "B"))
        .Concat(page.Noise.Select(n => (n.Span, Label: "- " + n.Reason)))
        .OrderBy(p => p.Span.Start);
    foreach (var (span, label) in pieces)
        Console.WriteLine($"{label,-16}| {Shorten(text[span.Start..span.End])}");
    if (showSentences)
        foreach (var sentence in SentenceSplitter.Split(text, page.Paragraphs))
            Console.WriteLine($"  S{sentence.Index,-3} {sentence.Text}");
    kept += page.Paragraphs.Count;
    removed += page.Noise.Count;
}
Console.WriteLine($"{files.Count} pages, {kept} paragraphs kept, {removed} noise spans removed");

static string Shorten(string s)
{
    s = s.Replace('\n', ' ');
    return s.Length <= 150 ? s : s[..110] + " … " + s[^30..];
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("Run inside the Chronicle repository.");
}

/// <summary>Reads a dev page as the ingest reader does: without the " date YYYY-MM-DD " prefix of its first line.</summary>
static partial class PageText
{
    public static string Read(string file)
    {
        string text = File.ReadAllText(file);
        var prefix = DatePrefix().Match(text);
        return prefix.Success ? text[prefix.Length..] : text;
    }

    [GeneratedRegex(@"^\s?date \d{4}-\d{2}-\d{2} ")]
    private static partial Regex DatePrefix();
}
