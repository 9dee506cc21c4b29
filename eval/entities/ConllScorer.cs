using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Entities;
using Chronicle.Tools.Conll;

namespace Chronicle.Eval.Entities;

/// <summary>
/// CoNLL-2003 exact-span scoring of PER, ORG and LOC. Each article is given to the recognizer as text
/// (tokens joined by spaces, one sentence a line). A system name that overlaps a gold MISC is not counted,
/// neither as right nor as wrong; MISC itself is not scored. Nominal mentions ("the actor") are not names
/// and CoNLL does not annotate them, so only name mentions are scored.
/// </summary>
public static class ConllScorer
{
    private static readonly string[] Scored = ["PER", "ORG", "LOC"];

    public static int Run(string path, EntityRecognizer recognizer, TextWriter output, string? errorsPath) =>
        Run(path, "Chronicle", doc => Chronicle(recognizer, doc), output, errorsPath);

    /// <summary>Chronicle's name mentions of one rebuilt article, typed as CoNLL types.</summary>
    private static IEnumerable<GoldEntity> Chronicle(EntityRecognizer recognizer, ConllDocument doc)
    {
        var sentences = doc.Sentences.Select((s, i) => new Sentence(i, new TextSpan(s.Start, s.End), doc.Text[s.Start..s.End])).ToList();
        return recognizer.Recognize(doc.Text, sentences)
            .Where(m => m.Kind == MentionKind.Name)
            .Select(m => new GoldEntity(m.Start, m.End, TypeName(m.Type)));
    }

    /// <summary>The rebuilt articles as JSON Lines {"id", "text"} for peer tools.</summary>
    public static int Export(string path, TextWriter output)
    {
        foreach (var (doc, i) in ConllReader.Read(path).Select((d, i) => (d, i)))
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = i.ToString(), text = doc.Text, @ref = "1996-08-30" }));
        return 0;
    }

    /// <summary>Scores a peer's output for the exported articles: JSON Lines {"id", "entities": [{"type", "start", "end"}]}, types mapped by <paramref name="types"/>.</summary>
    public static int RunPeer(string path, string peerOutput, string name, IReadOnlyDictionary<string, string> types, TextWriter output, string? errorsPath)
    {
        var byId = File.ReadLines(peerOutput).Where(l => l.Trim().Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("entities"));
        int index = 0;
        return Run(path, name, doc =>
        {
            var entities = byId.TryGetValue((index++).ToString(), out var found) && found.ValueKind == System.Text.Json.JsonValueKind.Array ? found.EnumerateArray().ToList() : [];
            return entities.Where(e => types.ContainsKey(e.GetProperty("type").GetString()!))
                .Select(e => new GoldEntity(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), types[e.GetProperty("type").GetString()!]))
                .ToList();
        }, output, errorsPath);
    }

    private static int Run(string path, string name, Func<ConllDocument, IEnumerable<GoldEntity>> recognize, TextWriter output, string? errorsPath)
    {
        var documents = ConllReader.Read(path);
        var counts = Scored.ToDictionary(t => t, _ => new Counts());
        using var errors = errorsPath is null ? null : new StreamWriter(errorsPath);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long characters = 0;
        foreach (var doc in documents)
        {
            characters += doc.Text.Length;
            var system = recognize(doc)
                .Where(m => m.Type != "MISC")
                .Where(m => !doc.Entities.Any(g => g.Type == "MISC" && g.Start < m.End && m.Start < g.End))
                .ToHashSet();
            var gold = doc.Entities.Where(g => g.Type != "MISC").ToHashSet();
            foreach (var g in gold)
            {
                if (system.Contains(g)) counts[g.Type].TruePositives++;
                else { counts[g.Type].FalseNegatives++; errors?.WriteLine($"FN {g.Type}\t{doc.Text[g.Start..g.End]}\t{Context(doc.Text, g)}"); }
            }
            foreach (var m in system.Where(m => !gold.Contains(m)))
            {
                if (counts.TryGetValue(m.Type, out var c)) c.FalsePositives++;
                errors?.WriteLine($"FP {m.Type}\t{doc.Text[m.Start..m.End]}\t{Context(doc.Text, m)}");
            }
        }
        output.WriteLine($"{name} on CoNLL-2003 {Path.GetFileName(path)}: {documents.Count} documents, {characters} characters, {clock.Elapsed.TotalSeconds:F1}s");
        output.WriteLine($"{"type",-8}{"P",8}{"R",8}{"F1",8}{"gold",8}{"system",8}");
        var total = new Counts();
        foreach (var type in Scored)
        {
            var c = counts[type];
            output.WriteLine(c.Line(type));
            total.TruePositives += c.TruePositives; total.FalsePositives += c.FalsePositives; total.FalseNegatives += c.FalseNegatives;
        }
        output.WriteLine(total.Line("overall"));
        return 0;
    }

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PER", EntityType.Organization => "ORG", EntityType.Location => "LOC", _ => "MISC",
    };

    private static string Context(string text, GoldEntity e)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, e.Start - 1)) + 1;
        int lineEnd = text.IndexOf('\n', e.End);
        return text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)];
    }

    private sealed class Counts
    {
        public int TruePositives, FalsePositives, FalseNegatives;
        public string Line(string name)
        {
            double p = TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);
            double r = TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return $"{name,-8}{p,8:F4}{r,8:F4}{f,8:F4}{TruePositives + FalseNegatives,8}{TruePositives + FalsePositives,8}";
        }
    }
}
