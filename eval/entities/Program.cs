using Chronicle.Entities;
using Chronicle.Entities.Recognition;
using Chronicle.Eval.Entities;

// Entity evaluation. usage:
//   eval-entities conll [PATH] [--model FILE] [--errors FILE]     PATH defaults to ../shared/conll2003/valid.txt
string Shared() => Path.Combine(RepoRoot(), "..", "shared");
string command = args.Length > 0 ? args[0] : "conll";
var positional = Positional(args.Skip(1).ToArray());
string? modelPath = Arg("--model");
var recognizer = modelPath is null ? EntityRecognizer.Default : new EntityRecognizer(new NameTagger(TaggerModel.Load(File.OpenRead(modelPath))));

return command switch
{
    "conll" => ConllScorer.Run(positional.FirstOrDefault() ?? Path.Combine(Shared(), "conll2003", "valid.txt"), recognizer, Console.Out, Arg("--errors")),
    "conll-export" => ConllScorer.Export(positional.FirstOrDefault() ?? Path.Combine(Shared(), "conll2003", "valid.txt"), Console.Out),
    "conll-peer" => ConllScorer.RunPeer(positional.Count > 1 ? positional[1] : Path.Combine(Shared(), "conll2003", "valid.txt"), positional[0], "wink-nlp",
        new Dictionary<string, string> { ["PERSON"] = "PER", ["ORG"] = "ORG", ["ORGANIZATION"] = "ORG", ["GPE"] = "LOC", ["LOC"] = "LOC", ["LOCATION"] = "LOC" },
        Console.Out, Arg("--errors")),
    "storylines" => Storylines.Run(positional.FirstOrDefault() ?? Path.Combine(Shared(), "dev"), Console.Out),
    "recognize" => Recognize(),
    "meantime" => Meantime.Run(positional.FirstOrDefault() ?? Path.Combine(Shared(), "meantime", "intra_cross-doc_annotation"), Console.Out),
    _ => Usage(),
};

// Prints the mentions the pipeline finds in a page read from standard input, as the MEANTIME scorer analyses it.
static int Recognize()
{
    var page = Chronicle.Ingest.DocumentIdentity.Normalize(Console.In.ReadToEnd());
    if (Environment.GetEnvironmentVariable("RAW_LINES") is { Length: > 0 })
    {
        // One sentence a line, without the page cleaner, as the unit tests call the recognizer.
        var lines = new List<Chronicle.Domain.Documents.Sentence>();
        int start = 0;
        foreach (var line in page.Split('\n'))
        {
            if (line.Length > 0) lines.Add(new(lines.Count, new Chronicle.Domain.Documents.TextSpan(start, start + line.Length), line));
            start += line.Length + 1;
        }
        foreach (var m in EntityRecognizer.Default.Recognize(page, lines)) Console.WriteLine($"{m.Start}\t{m.Type}\t{m.Kind}\t{m.Text}");
        return 0;
    }
    var analysis = new Chronicle.Pipeline.DocumentAnalyzer(new Chronicle.Pipeline.AnalysisOptions(Time: false, Entities: true, Events: false))
        .Analyze(new Chronicle.Domain.Documents.Document("page", DateOnly.MinValue, page));
    if (Environment.GetEnvironmentVariable("SHOW_SENTENCES") is { Length: > 0 })
        foreach (var s in analysis.Sentences) Console.Error.WriteLine($"[{s.Start}] {s.Text}");
    foreach (var m in analysis.Entities)
        Console.WriteLine($"{m.Start}\t{m.Type}\t{m.Kind}\t{m.Text}");
    return 0;
}

int Usage()
{
    Console.Error.WriteLine("usage: eval-entities conll [PATH] [--model FILE] [--errors FILE]\n       eval-entities conll-export [PATH] > articles.jsonl\n       eval-entities conll-peer PEER_OUTPUT.jsonl [PATH]\n       eval-entities meantime [FOLDER]\n       eval-entities recognize < text\n       eval-entities storylines [FOLDER]");
    return 2;
}

static List<string> Positional(string[] rest)
{
    var list = new List<string>();
    for (int i = 0; i < rest.Length; i++)
    {
        if (rest[i].StartsWith("--", StringComparison.Ordinal)) { i++; continue; }
        list.Add(rest[i]);
    }
    return list;
}

string? Arg(string name)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string RepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
