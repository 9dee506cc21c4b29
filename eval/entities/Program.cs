using Chronicle.Entities;
using Chronicle.Entities.Recognition;
using Chronicle.Eval.Entities;
using Chronicle.Tools.Conll;

// Entity evaluation; see Usage() below and docs/EVALUATION.entities.md.
string Shared() => Path.Combine(RepoRoot(), "..", "shared");
string Dev() => Path.Combine(Shared(), "conll2003", "valid.txt");
string Train() => Path.Combine(Shared(), "conll2003", "train.txt");
// --split check: only the articles of train.txt held out of training (CheckSplit); the path defaults to train.txt.
bool check = Arg("--split") == "check";
Func<int, bool>? articles = check ? CheckSplit.Contains : null;
string command = args.Length > 0 ? args[0] : "conll";
var positional = Positional(args.Skip(1).ToArray());
string MeantimeFolder() => positional.FirstOrDefault() ?? Path.Combine(Shared(), "meantime", "intra_cross-doc_annotation");
string Conll() => positional.FirstOrDefault() ?? (check ? Train() : Dev());
string? modelPath = Arg("--model");
var recognizer = modelPath is null ? EntityRecognizer.Default : new EntityRecognizer(new NameTagger(TaggerModel.Load(File.OpenRead(modelPath))));

return command switch
{
    "conll" => ConllScorer.Run(Conll(), recognizer, Console.Out, Arg("--errors"), articles),
    "conll-command" => ConllScorer.RunCommandPath(Conll(), recognizer, Console.Out, Arg("--errors"), articles),
    "conll-export" => ConllScorer.Export(Conll(), Console.Out, articles),
    "conll-peer" => ConllScorer.RunPeer(positional.Count > 1 ? positional[1] : check ? Train() : Dev(), positional[0], Arg("--name") ?? "wink-nlp",
        new Dictionary<string, string> { ["PERSON"] = "PER", ["ORG"] = "ORG", ["ORGANIZATION"] = "ORG", ["GPE"] = "LOC", ["LOC"] = "LOC", ["LOCATION"] = "LOC" },
        Console.Out, Arg("--errors"), articles),
    "storylines" => Storylines.Run(positional.FirstOrDefault() ?? Path.Combine(Shared(), "dev"), Console.Out),
    "recognize" => Recognize(),
    "meantime" => Meantime.Run(MeantimeFolder(), Console.Out),
    "meantime-command" => Meantime.RunCommandPath(MeantimeFolder(), recognizer, Console.Out),
    "meantime-export" => Meantime.Export(MeantimeFolder(), Console.Out),
    "meantime-output" => Meantime.RunOutput(positional.Count > 1 ? positional[1] : Path.Combine(Shared(), "meantime", "intra_cross-doc_annotation"), positional[0],
        Arg("--name") ?? "output", Console.Out),
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
    Console.Error.WriteLine("usage: eval-entities conll [PATH] [--split check] [--model FILE] [--errors FILE]   (gold sentences handed to the recognizer)\n" +
        "       eval-entities conll-command [PATH] [--split check] [--errors FILE]   (the path of `chronicle entities --dct 1996-12-06 --json`)\n" +
        "       eval-entities conll-export [PATH] [--split check] > articles.jsonl\n" +
        "       eval-entities conll-peer OUTPUT.jsonl [PATH] [--split check] [--name NAME]\n       eval-entities meantime [FOLDER]            (recall and cross-document B-cubed through ingest into a store)" +
        "\n       eval-entities meantime-command [FOLDER]    (named-mention recall through the path of `chronicle entities`)" +
        "\n       eval-entities meantime-export [FOLDER] > articles.jsonl" +
        "\n       eval-entities meantime-output OUTPUT.jsonl [FOLDER] [--name NAME]\n       eval-entities recognize < text\n       eval-entities storylines [FOLDER]");
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
