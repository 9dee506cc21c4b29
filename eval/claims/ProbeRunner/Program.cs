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
    var reader = new Chronicle.Events.Extraction.DocumentReader(lex, new Chronicle.Events.Names.NameFinder(lex, new HashSet<string>()));
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
if (args[0] == "holdings")
{
    // holdings DB "CLAIM" DATE: every holding of the claim's office that the reader finds, for debugging the reader.
    using var store = Chronicle.Store.StoreFactory.Open(args[1]);
    var reader = new Chronicle.Query.Reading.ClaimReader(store);
    var shape = reader.Shape(args[2], DateOnly.Parse(args[3]));
    var office = shape.Office!;
    var holder = shape.Subject!;
    var offices = new Chronicle.Query.Reading.OfficeReader(Chronicle.Query.Reading.ReadingLexicon.Default);
    var keys = shape.Anchors.SelectMany(a => a.Keys).Concat(shape.Others.Where(o => o.Resolved && o.Type != Chronicle.Domain.Entities.EntityType.Location).SelectMany(o => o.Keys)).Distinct().ToList();
    foreach (var ms in store.SentencesAround(keys, [], DateOnly.Parse(args[3]), Chronicle.Query.Reading.ClaimReader.FollowingSentences))
    {
        var rs = new Chronicle.Query.Reading.ReadSentence(ms);
        foreach (var h in offices.Read(rs, office, office.Qualifiers))
            Console.WriteLine($"{ms.Date:yyyy-MM-dd} {store.GetEntity(h.Person)?.Entity.Name,-22} {h.Stance,-8} org={h.Organization} | {ms.Text[..Math.Min(150, ms.Text.Length)]}");
        if (rs.Names(holder.Keys)) Console.WriteLine($"   [holder] {ms.Date:yyyy-MM-dd} {ms.Text[..Math.Min(150, ms.Text.Length)]}");
    }
    return 0;
}
if (args[0] == "stores")
{
    // stores DB_DIR STORY_DIR...: each storyline's store (DB_DIR/NAME.db, ingested by the CLI beforehand), state path and reader side by side.
    int n = 0, stateRight = 0, readerRight = 0, p1 = 0, p2 = 0, p3 = 0;
    var confusion = new Dictionary<(string, string), int>();
    foreach (var dir in args.Skip(2))
    {
        string name = Path.GetFileName(dir.TrimEnd('/'));
        using var store = Chronicle.Store.StoreFactory.Open(Path.Combine(args[1], name + ".db"));
        var checker = new ClaimChecker(new StoreEventSource(store));
        var full = new ClaimChecker(store);
        var reader = new Chronicle.Query.Reading.ClaimReader(store);
        foreach (var line in File.ReadLines(Path.Combine(dir, "probes.jsonl")))
        {
            using var probe = JsonDocument.Parse(line);
            string claim = probe.RootElement.GetProperty("claim").GetString()!;
            var asOf = DateOnly.Parse(probe.RootElement.GetProperty("as_of").GetString()!);
            string expected = probe.RootElement.GetProperty("expected").GetString()!;
            string state = Text(checker.Check(claim, asOf).Verdict);
            var shape = reader.Shape(claim, asOf);
            var answer = reader.Read(shape, asOf);
            string read = answer is null ? "-" : Text(answer.Verdict);
            n++; stateRight += state == expected ? 1 : 0; readerRight += read == expected ? 1 : 0;
            string c1 = read == "-" ? state : read;
            string c2 = c1 == "not_supported" && state != "not_supported" ? state : c1;
            string c3 = c2 == "supported" && state == "outdated" ? "outdated" : c2;
            p1 += c1 == expected ? 1 : 0; p2 += c2 == expected ? 1 : 0; p3 += c3 == expected ? 1 : 0;
            confusion[(expected, read)] = confusion.GetValueOrDefault((expected, read)) + 1;
            Console.WriteLine($"{(read == expected ? "ok  " : "FAIL")} {name} {asOf} {claim} => reader {read} state {state} (want {expected}) [{shape.Tense} subj={shape.Subject?.Text}:{shape.Subject?.Keys.Count} others={string.Join(",", shape.Others.Select(o => o.Text + ":" + o.Keys.Count))} terms={string.Join(",", shape.Terms.Select(t => t.Text))} office={shape.Office?.Title}/{shape.Office?.Organization?.Text} fam={shape.Family?.Name} det={string.Join(",", shape.Details)}] {answer?.Why}");
            if (read != expected && answer is not null)
            {
                foreach (var ev in answer.Evidence.Take(3)) Console.WriteLine($"       + {ev.Date} {ev.Sentence[..Math.Min(160, ev.Sentence.Length)]}");
                foreach (var c in answer.Closest.Take(2)) Console.WriteLine($"       ~ {c.Evidence.Date} {c.Why}: {c.Evidence.Sentence[..Math.Min(140, c.Evidence.Sentence.Length)]}");
            }
        }
    }
    Console.WriteLine($"reader {readerRight}/{n}  state {stateRight}/{n}  reader-else-state {p1}  +state-when-reader-finds-nothing {p2}  +state-outdated {p3}");
    foreach (var kv in confusion.OrderBy(k => k.Key)) Console.WriteLine($"  {kv.Key.Item1} -> {kv.Key.Item2}: {kv.Value}");
    return 0;
}
static string Text(Verdict v) => v.Text();
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
        string got = result.Verdict.Text();
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
