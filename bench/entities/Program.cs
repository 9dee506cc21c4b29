using System.Diagnostics;
using System.Text.Json;
using Chronicle.Domain.Documents;
using Chronicle.Entities;
using Chronicle.Entities.Recognition;
using Chronicle.Pipeline;

// Entity recognition speed. usage: bench-entities CORPUS.jsonl [ROUNDS]
// CORPUS is JSON Lines {"id", "text", "ref"} (e.g. node ../shared/peers/gen.mjs 2000000 42). Prints the model load
// time, the recognizer's characters per second, and pages per second of the analyzer with and without entities.
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

var clock = Stopwatch.StartNew();
_ = NameTagger.Default;
Console.WriteLine($"model load: {clock.Elapsed.TotalMilliseconds:F0} ms");

var textOnly = new DocumentAnalyzer(AnalysisOptions.TextOnly);
var withEntities = new DocumentAnalyzer(new AnalysisOptions(Time: false, Entities: true, Events: false));
var prepared = documents.Select(textOnly.Analyze).ToList();
for (int round = 1; round <= rounds; round++)
{
    clock.Restart();
    foreach (var a in prepared)
        NameTagger.Default.Tag(a.Sentences.Select(s => TokenView.Of(NameTokenizer.Tokenize(a.Document.Text, s.Start, s.End), Gazetteer.Default)).ToList());
    double tagger = clock.Elapsed.TotalSeconds;
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
    Console.WriteLine($"round {round}: recognizer {characters / recognize:N0} chars/s ({mentions} mentions, {recognize:F2} s), of which tagger {characters / tagger:N0} chars/s; " +
        $"analyzer text only {documents.Count / text:N0} pages/s, with entities {documents.Count / entities:N0} pages/s");
}
return 0;
