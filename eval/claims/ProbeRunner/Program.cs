using System.Text.Json;
using Chronicle.Domain.Documents;
using Chronicle.Domain.Events;
using Chronicle.Pipeline;
using Chronicle.Query;

// Development aid, in memory (the end-to-end evaluation through the CLI is eval/claims/run_probes.py):
//   dump PAGE...            the events extracted from page files
//   probes STORY_DIR...     every probe of each storyline through the claim checker
if (args.Length < 2) { Console.Error.WriteLine("usage: dump PAGE... | probes STORY_DIR..."); return 2; }
var analyzer = new DocumentAnalyzer();
if (args[0] == "mentions")
{
    var analysis = analyzer.Analyze(PageFile.Read(args[1]));
    var lex = Chronicle.Events.Ontology.Lexicon.Default;
    var reader = new Chronicle.Events.Extraction.DocumentReader(lex, new Chronicle.Events.Names.NameFinder(lex, new HashSet<string>()), new Chronicle.Events.Timing.FallbackTimeTagger(lex));
    foreach (var view in reader.Read(analysis).Sentences)
        Console.WriteLine(view.Text(view.From, view.To)[..Math.Min(60, view.EndOffset - view.StartOffset)] + " || " + string.Join(", ", view.Mentions));
    return 0;
}
if (args[0] == "dump")
{
    foreach (var path in args.Skip(1))
    {
        var analysis = analyzer.Analyze(PageFile.Read(path));
        Console.WriteLine($"== {Path.GetFileName(path)}");
        foreach (var e in analysis.Events)
            Console.WriteLine($"  {e.Type,-24} {e.Modality,-8} {(e.Negated ? "NEG " : "")}{e.Time ?? "-"}({e.TimeAnchor}) [{e.Trigger}] {string.Join("; ", e.Arguments.Where(a => a.Role != "org_context").Select(a => $"{a.Role}={a.Value}"))}");
    }
    return 0;
}
int total = 0, correct = 0;
foreach (var dir in args.Skip(1))
{
    var records = new List<EventRecord>();
    long id = 0;
    foreach (var path in Directory.GetFiles(dir, "*.txt").Order())
    {
        var analysis = analyzer.Analyze(PageFile.Read(path));
        foreach (var e in analysis.Events)
            records.Add(new EventRecord(++id, analysis.Document.Id, analysis.Document.Date, analysis.Document.Text[e.EvidenceStart..e.EvidenceEnd], e));
    }
    var checker = new ClaimChecker(new InMemoryEventSource(records));
    foreach (var line in File.ReadLines(Path.Combine(dir, "probes.jsonl")))
    {
        using var probe = JsonDocument.Parse(line);
        string claim = probe.RootElement.GetProperty("claim").GetString()!;
        var asOf = DateOnly.Parse(probe.RootElement.GetProperty("as_of").GetString()!);
        string expected = probe.RootElement.GetProperty("expected").GetString()!;
        var result = checker.Check(claim, asOf);
        string got = result.Verdict switch { Verdict.Supported => "supported", Verdict.Outdated => "outdated", _ => "not_supported" };
        total++;
        if (got == expected) correct++;
        Console.WriteLine($"{(got == expected ? "ok  " : "FAIL")} {Path.GetFileName(dir)} {asOf} {claim} => {got} (want {expected}) [{result.Claim?.Relation}|{result.Claim?.Subject}|{result.Claim?.ObjectDisplay}] {result.Note}");
        if (got != expected)
            foreach (var ev in result.Evidence.Take(3)) Console.WriteLine($"       {ev.Doc} {ev.Date}: {ev.Sentence[..Math.Min(140, ev.Sentence.Length)]}");
    }
}
Console.WriteLine($"accuracy {correct}/{total}");
return 0;

static class PageFile
{
    public static Document Read(string path)
    {
        string text = File.ReadAllText(path);
        var date = DateOnly.Parse(text.Substring(6, 10));
        return new Document(Path.GetFileName(path), date, text[17..]);
    }
}
