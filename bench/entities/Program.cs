using System.Diagnostics;
using System.Text.Json;
using Chronicle.Domain.Documents;
using Chronicle.Entities;
using Chronicle.Entities.Recognition;
using Chronicle.Pipeline;

// Entity recognition speed. usage: bench-entities CORPUS.jsonl [ROUNDS]
// CORPUS is JSON Lines {"id", "text", "ref"} (e.g. node ../shared/peers/gen.mjs 2000000 42). Prints the model load
// time, the recognizer's characters per CPU-second, and pages per CPU-second of the analyzer with and without entities
// (CPU time of the process, so that other work on the machine weighs less than in wall-clock time; run it pinned to
// one core). Each round also tags with every feature extracted and scored (the training path) and counts the
// labels on which it differs from the run-time scorer.
if (args.Length == 0) { Console.Error.WriteLine("usage: bench-entities CORPUS.jsonl [ROUNDS]"); return 2; }
int rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
var documents = File.ReadLines(args[0]).Where(l => l.Trim().Length > 0).Select((l, i) =>
{
    var o = JsonDocument.Parse(l).RootElement;
    string date = o.TryGetProperty("ref", out var r) ? r.GetString()! : "2023-01-01";
    return new Document(i.ToString(), DateOnly.Parse(date), o.GetProperty("text").GetString()!);
}).ToList();
long characters = documents.Sum(d => (long)d.Text.Length);
Console.WriteLine($"{documents.Count} documents, {characters:N0} characters");

var clock = new CpuClock();
var model = TaggerModel.Load(typeof(NameTagger).Assembly.GetManifestResourceStream(NameTagger.ModelResource)!);
Console.WriteLine($"model load: {clock.Elapsed.TotalMilliseconds:F0} ms");
var scorer = new TokenScorer(model);

var textOnly = new DocumentAnalyzer(AnalysisOptions.TextOnly);
var withEntities = new DocumentAnalyzer(new AnalysisOptions(Time: false, Entities: true, Events: false));
var prepared = documents.Select(textOnly.Analyze).ToList();
// Each phase is timed in chunks of 100 documents; besides each round's figures, the summary adds up the
// fastest time of every chunk over the warm rounds, which filters out bursts of other work on the machine.
const int Chunk = 100;
var chunks = Enumerable.Range(0, (documents.Count + Chunk - 1) / Chunk).Select(c => (Start: c * Chunk, End: Math.Min(documents.Count, (c + 1) * Chunk))).ToList();
var best = new Dictionary<string, double[]>();
double Time(string phase, int round, Action<int> run)
{
    double total = 0;
    if (!best.TryGetValue(phase, out var fastest)) best[phase] = fastest = Enumerable.Repeat(double.MaxValue, chunks.Count).ToArray();
    for (int c = 0; c < chunks.Count; c++)
    {
        clock.Restart();
        for (int i = chunks[c].Start; i < chunks[c].End; i++) run(i);
        double seconds = clock.Elapsed.TotalSeconds;
        total += seconds;
        if (round > 1) fastest[c] = Math.Min(fastest[c], seconds);
    }
    return total;
}

var views = prepared.Select(a => a.Sentences.Select(s => TokenView.Of(NameTokenizer.Tokenize(a.Document.Text, s.Start, s.End), Gazetteer.Default)).ToList()).ToList();
for (int round = 1; round <= rounds; round++)
{
    var fast = new int[documents.Count][][];
    var skipping = new int[documents.Count][][];
    var reference = new int[documents.Count][][];
    double tagger = Time("tagger", round, i => fast[i] = SequenceTagger.Tag(views[i], scorer));
    double runTime = Time("tagger as run (plain words after O skipped)", round, i => skipping[i] = SequenceTagger.Tag(views[i], scorer, plainWordsOutside: true));
    double extracting = Time("extracting", round, i => reference[i] = SequenceTagger.Tag(views[i], model));
    long Differing(int[][][] labels) => labels.Zip(reference).Sum(p => p.First.Zip(p.Second).Sum(s => s.First.Zip(s.Second).Count(l => l.First != l.Second)));
    long differing = Differing(fast), differingSkipping = Differing(skipping);
    long mentions = 0;
    double recognize = Time("recognizer", round, i => mentions += EntityRecognizer.Default.Recognize(prepared[i].Document.Text, prepared[i].Sentences).Count);
    double text = Time("text", round, i => textOnly.Analyze(documents[i]));
    double entities = Time("entities", round, i => withEntities.Analyze(documents[i]));
    Console.WriteLine($"round {round}: recognizer {characters / recognize:N0} chars/s ({mentions} mentions, {recognize:F2} s), tagger alone {characters / tagger:N0} chars/s " +
        $"(every feature scored: {characters / extracting:N0} chars/s, {differing} labels differ; plain words skipped: {characters / runTime:N0} chars/s, {differingSkipping} labels differ); " +
        $"analyzer text only {documents.Count / text:N0} pages/s, with entities {documents.Count / entities:N0} pages/s");
}
if (rounds > 1)
    Console.WriteLine("fastest chunks of the warm rounds: " + string.Join(", ", best.Select(p => $"{p.Key} {p.Value.Sum():F3} s")));
return 0;

/// <summary>CPU time of this process since the last restart.</summary>
sealed class CpuClock
{
    private TimeSpan _start = Now();
    public TimeSpan Elapsed => Now() - _start;
    public void Restart() => _start = Now();
    private static TimeSpan Now() => Process.GetCurrentProcess().TotalProcessorTime;
}
