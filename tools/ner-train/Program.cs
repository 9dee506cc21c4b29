using System.Diagnostics;
using Chronicle.Entities.Recognition;
using Chronicle.Tools.Conll;
using Chronicle.Tools.NerTrain;

// Trains the entity tagger on CoNLL-2003 English train (less the check split) and writes the weights the recognizer embeds.
// usage: ner-train [--train PATH] [--out PATH] [--epochs N] [--runs N] [--prune W]
string train = Arg("--train") ?? Path.Combine(RepoRoot(), "..", "shared", "conll2003", "train.txt");
string output = Arg("--out") ?? Path.Combine(RepoRoot(), "src", "Chronicle.Entities", "Resources", "ner-model.bin.gz");
int epochs = int.Parse(Arg("--epochs") ?? "20");
int runs = int.Parse(Arg("--runs") ?? "5");
float prune = float.Parse(Arg("--prune") ?? "0.01", System.Globalization.CultureInfo.InvariantCulture);

var clock = Stopwatch.StartNew();
// The articles of the fixed internal check (CheckSplit) are never trained on: eval/entities scores them.
var documents = ConllReader.Read(train).Where((_, i) => !CheckSplit.Contains(i)).Select(TrainingDocument.From).ToList();
Console.Error.WriteLine($"{documents.Count} documents, {documents.Sum(d => d.Sentences.Sum(s => s.Length))} tokens read in {clock.Elapsed.TotalSeconds:F1}s");

// Several runs over differently shuffled data, their averaged weights averaged again: steadier than one run.
var combined = new Dictionary<ulong, float[]>();
for (int run = 0; run < runs; run++)
{
    var perceptron = new AveragedPerceptron(Labels.Count);
    var random = new Random(2003 + run);
    for (int epoch = 1; epoch <= epochs; epoch++)
    {
        int mistakes = 0, tokens = 0;
        foreach (var doc in documents.OrderBy(_ => random.Next()).ToList())
        {
            SequenceTagger.Tag(doc.Sentences, new TickingScorer(perceptron), doc.Gold, (features, gold, predicted) =>
            {
                perceptron.Update(features, gold, predicted);
                mistakes++;
            });
            tokens += doc.Sentences.Sum(s => s.Length);
        }
        Console.Error.WriteLine($"run {run + 1} epoch {epoch}: {mistakes} mistakes in {tokens} tokens ({clock.Elapsed.TotalSeconds:F0}s)");
    }
    foreach (var (feature, weights) in perceptron.Average(0))
    {
        if (!combined.TryGetValue(feature, out var sum)) combined[feature] = sum = new float[Labels.Count];
        for (int l = 0; l < sum.Length; l++) sum[l] += weights[l] / runs;
    }
}
var model = new TaggerModel(combined.Where(p => p.Value.Max(Math.Abs) >= prune).ToDictionary(p => p.Key, p => p.Value), Labels.Count);
using (var file = File.Create(output)) model.Save(file);
Console.Error.WriteLine($"{model.FeatureCount} features kept; wrote {output} ({new FileInfo(output).Length / 1024} KiB)");

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

/// <summary>Counts every scored token for averaging.</summary>
sealed class TickingScorer(AveragedPerceptron perceptron) : ILabelScorer
{
    public void Score(List<ulong> features, Span<float> scores)
    {
        perceptron.Tick();
        perceptron.Score(features, scores);
    }
}

/// <summary>A CoNLL article tokenized by the recognizer's own tokenizer, gold labels aligned to its tokens.</summary>
sealed record TrainingDocument(List<TokenView[]> Sentences, int[][] Gold)
{
    public static TrainingDocument From(ConllDocument doc)
    {
        var sentences = new List<TokenView[]>();
        var gold = new List<int[]>();
        foreach (var (start, end) in doc.Sentences)
        {
            var tokens = NameTokenizer.Tokenize(doc.Text, start, end);
            sentences.Add(TokenView.Of(tokens, Gazetteer.Default));
            var labels = new int[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                var entity = doc.Entities.FirstOrDefault(e => e.Start <= tokens[i].Start && tokens[i].Start < e.End);
                if (entity is null) continue;
                int type = Array.IndexOf(Labels.Types, entity.Type);
                bool begins = i == 0 || !(entity.Start <= tokens[i - 1].Start && tokens[i - 1].Start < entity.End);
                labels[i] = begins ? Labels.Begin(type) : Labels.Inside(type);
            }
            gold.Add(labels);
        }
        return new TrainingDocument(sentences, [.. gold]);
    }
}
