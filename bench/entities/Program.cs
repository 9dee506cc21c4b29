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
for (int round = 1; round <= rounds; round++)
{
    var views = prepared.Select(a => a.Sentences.Select(s => TokenView.Of(NameTokenizer.Tokenize(a.Document.Text, s.Start, s.End), Gazetteer.Default)).ToList()).ToList();
    clock.Restart();
    var fast = views.Select(v => SequenceTagger.Tag(v, scorer)).ToList();
    double tagger = clock.Elapsed.TotalSeconds;
    clock.Restart();
    var reference = views.Select(v => SequenceTagger.Tag(v, model)).ToList();
    double extracting = clock.Elapsed.TotalSeconds;
    long differing = fast.Zip(reference).Sum(p => p.First.Zip(p.Second).Sum(s => s.First.Zip(s.Second).Count(l => l.First != l.Second)));
    clock.Restart();
    long mentions = 0;
    foreach (var a in prepared) mentions += EntityRecognizer.Default.Recognize(a.Document.Text, a.Sentences).Count;
    double recognize = clock.Elapsed.TotalSeconds;

    clock.Restart();
    foreach (var d in documents) textOnly.Analyze(d);
    double text = clock.Elapsed.TotalSeconds;
    clock.Restart();
    foreach (var d in documents) withEntities.Analyze(d);
    double entities = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"round {round}: recognizer {characters / recognize:N0} chars/s ({mentions} mentions, {recognize:F2} s), tagger alone {characters / tagger:N0} chars/s " +
        $"(every feature scored: {characters / extracting:N0} chars/s, {differing} labels differ); " +
        $"analyzer text only {documents.Count / text:N0} pages/s, with entities {documents.Count / entities:N0} pages/s");
}
return 0;

/// <summary>CPU time of this process since the last restart.</summary>
sealed class CpuClock
{
    private TimeSpan _start = Now();
    public TimeSpan Elapsed => Now() - _start;
    public void Restart() => _start = Now();
    private static TimeSpan Now() => Process.GetCurrentProcess().TotalProcessorTime;
}
