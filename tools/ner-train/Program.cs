using System.Diagnostics;
using Chronicle.Entities.Recognition;
using Chronicle.Tools.Conll;
using Chronicle.Tools.NerTrain;

// Trains the entity tagger on CoNLL-2003 English train and writes the weights the recognizer embeds.
// usage: ner-train [--train PATH] [--out PATH] [--epochs N] [--prune W]
string train = Arg("--train") ?? Path.Combine(RepoRoot(), "..", "shared", "conll2003", "train.txt");
string output = Arg("--out") ?? Path.Combine(RepoRoot(), "src", "Chronicle.Entities", "Resources", "ner-model.bin.gz");
int epochs = int.Parse(Arg("--epochs") ?? "20");
float prune = float.Parse(Arg("--prune") ?? "0.01", System.Globalization.CultureInfo.InvariantCulture);

var clock = Stopwatch.StartNew();
var documents = ConllReader.Read(train).Select(TrainingDocument.From).ToList();
Console.Error.WriteLine($"{documents.Count} documents, {documents.Sum(d => d.Sentences.Sum(s => s.Length))} tokens read in {clock.Elapsed.TotalSeconds:F1}s");

var perceptron = new AveragedPerceptron(Labels.Count);
var random = new Random(2003);
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
    Console.Error.WriteLine($"epoch {epoch}: {mistakes} mistakes in {tokens} tokens ({clock.Elapsed.TotalSeconds:F0}s)");
}

var model = perceptron.Average(prune);
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
