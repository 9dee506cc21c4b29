// Splits the tagger's time into tokenizing and the whole Tag call, on a JSON Lines corpus ({"text","ref"} per line),
// after a warm-up pass: where the steady-state time goes. usage: dotnet run -c Release -- corpus.jsonl
using System.Diagnostics;
using System.Text.Json;
using Chronicle.Time;
using Chronicle.Time.Matching;

var docs = File.ReadLines(args[0]).Where(l => l.Length > 0).Select(l =>
{
    using var d = JsonDocument.Parse(l);
    return (Text: d.RootElement.GetProperty("text").GetString()!, Date: DateOnly.Parse(d.RootElement.GetProperty("ref").GetString()!));
}).ToList();
long chars = docs.Sum(d => (long)d.Text.Length);
var tagger = TimeTagger.Default;
for (int round = 0; round < 3; round++)
{
    var watch = Stopwatch.StartNew();
    int tokens = 0;
    foreach (var (text, _) in docs) tokens += TimeTokenizer.Tokenize(text, tagger.Rules.Lexicon).Count;
    double tokenize = watch.Elapsed.TotalSeconds;
    watch.Restart();
    int found = 0;
    foreach (var (text, date) in docs) found += tagger.Tag(text, date).Count;
    double tag = watch.Elapsed.TotalSeconds;
    Console.WriteLine($"round {round}: {chars} chars, {tokens} tokens; tokenize {tokenize:F3} s ({chars / tokenize / 1e6:F1} M chars/s); tag {tag:F3} s ({chars / tag / 1e6:F1} M chars/s), {found} expressions");
}
