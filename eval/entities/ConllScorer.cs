using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Entities;
using Chronicle.Pipeline;
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

    public static int Run(string path, EntityRecognizer recognizer, TextWriter output, string? errorsPath, Func<int, bool>? articles = null) =>
        Run(path, "Chronicle (gold sentences)", doc => Chronicle(recognizer, doc), output, errorsPath, articles);

    /// <summary>The date every CoNLL article is analysed with (the last day of the collection's dev set).</summary>
    public const string DocumentDate = "1996-12-06";

    /// <summary>
    /// The path users run: the whole article as the text of <c>chronicle entities --dct 1996-12-06 --json</c>, through
    /// the same analyzer call (page cleaner, sentence splitter, recognizer); the article's own sentence lines are not
    /// handed over.
    /// </summary>
    public static int RunCommandPath(string path, EntityRecognizer recognizer, TextWriter output, string? errorsPath, Func<int, bool>? articles = null)
    {
        var date = DateOnly.Parse(DocumentDate, System.Globalization.CultureInfo.InvariantCulture);
        return Run(path, "Chronicle (command path)", doc => CommandPath.Entities(recognizer, new Document("stdin", date, doc.Text))
            .Where(m => m.Kind == MentionKind.Name)
            .Select(m => new GoldEntity(m.Start, m.End, TypeName(m.Type))), output, errorsPath, articles);
    }

    /// <summary>Chronicle's name mentions of one rebuilt article, typed as CoNLL types.</summary>
    private static IEnumerable<GoldEntity> Chronicle(EntityRecognizer recognizer, ConllDocument doc)
    {
        var sentences = doc.Sentences.Select((s, i) => new Sentence(i, new TextSpan(s.Start, s.End), doc.Text[s.Start..s.End])).ToList();
        return recognizer.Recognize(doc.Text, sentences)
            .Where(m => m.Kind == MentionKind.Name)
            .Select(m => new GoldEntity(m.Start, m.End, TypeName(m.Type)));
    }

    /// <summary>
    /// Scores a peer's output for the exported articles: JSON Lines {"id", "entities": [{"type", "start", "end"}]},
    /// types mapped by <paramref name="types"/>; entities whose "kind" is "nominal" (Chronicle's references) are not names.
    /// </summary>
    public static int RunPeer(string path, string peerOutput, string name, IReadOnlyDictionary<string, string> types, TextWriter output, string? errorsPath,
        Func<int, bool>? articles = null)
    {
        var byId = File.ReadLines(peerOutput).Where(l => l.Trim().Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("entities"));
        return Run(path, name, (doc, index) =>
        {
            var entities = byId.TryGetValue(index.ToString(), out var found) && found.ValueKind == System.Text.Json.JsonValueKind.Array ? found.EnumerateArray().ToList() : [];
            return entities.Where(e => types.ContainsKey(e.GetProperty("type").GetString()!))
                .Where(e => !(e.TryGetProperty("kind", out var kind) && kind.GetString() == "nominal"))
                .Select(e => new GoldEntity(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), types[e.GetProperty("type").GetString()!]))
                .ToList();
        }, output, errorsPath, articles);
    }

    /// <summary>The exported articles as JSON Lines {"id", "text"}; <paramref name="articles"/> picks them by index in the file.</summary>
    public static int Export(string path, TextWriter output, Func<int, bool>? articles)
    {
        foreach (var (doc, i) in ConllReader.Read(path).Select((d, i) => (d, i)).Where(p => articles?.Invoke(p.i) ?? true))
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = i.ToString(), text = doc.Text, @ref = DocumentDate }));
        return 0;
    }

    private static int Run(string path, string name, Func<ConllDocument, IEnumerable<GoldEntity>> recognize, TextWriter output, string? errorsPath,
        Func<int, bool>? articles = null) =>
        Run(path, name, (doc, _) => recognize(doc), output, errorsPath, articles);

    /// <summary>Scores the articles <paramref name="articles"/> picks; <paramref name="recognize"/> gets each with its index in the file.</summary>
    private static int Run(string path, string name, Func<ConllDocument, int, IEnumerable<GoldEntity>> recognize, TextWriter output, string? errorsPath,
        Func<int, bool>? articles = null)
    {
        var documents = ConllReader.Read(path).Select((d, i) => (Doc: d, Index: i)).Where(p => articles?.Invoke(p.Index) ?? true).ToList();
        var counts = Scored.ToDictionary(t => t, _ => new Counts());
        using var errors = errorsPath is null ? null : new StreamWriter(errorsPath);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long characters = 0;
        foreach (var (doc, index) in documents)
        {
            characters += doc.Text.Length;
            var tokens = TokenSpans(doc.Text);
            var system = recognize(doc, index)
                .Where(m => m.Type != "MISC")
                .Select(m => AlignToTokens(m, doc.Text, tokens))
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

    /// <summary>The CoNLL tokens of a rebuilt article: the text between spaces and line breaks.</summary>
    private static List<(int Start, int End)> TokenSpans(string text)
    {
        var spans = new List<(int, int)>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool gap = i == text.Length || text[i] is ' ' or '\n';
            if (gap && start >= 0) { spans.Add((start, i)); start = -1; }
            else if (!gap && start < 0) start = i;
        }
        return spans;
    }

    /// <summary>
    /// A system span without the spaces, lone punctuation tokens and unmatched brackets at its ends (a peer's
    /// "Hussain ,", "France )"), then widened to the
    /// CoNLL tokens it touches (a name that ends inside a token, "Mets" of "Mets-led", becomes that whole token), so
    /// that spans compare token for token whatever the system's own tokenizer did.
    /// </summary>
    private static GoldEntity AlignToTokens(GoldEntity mention, string text, List<(int Start, int End)> tokens)
    {
        int start = mention.Start, end = Math.Min(mention.End, text.Length);
        for (bool trimmed = true; trimmed && start < end;)
        {
            trimmed = false;
            while (start < end && (text[start] is ' ' or '\n' || IsLonePunctuation(text, start, start + 1 < end ? text[start + 1] : ' ')
                   || text[start] == '(' && text.IndexOf(')', start, end - start) < 0)) { start++; trimmed = true; }
            while (end > start && (text[end - 1] is ' ' or '\n' || IsLonePunctuation(text, end - 1, end - 2 >= start ? text[end - 2] : ' ')
                   || text[end - 1] == ')' && text.IndexOf('(', start, end - start) < 0)) { end--; trimmed = true; }
        }
        if (start < end) mention = mention with { Start = start, End = end };
        int first = tokens.FindIndex(t => t.End > mention.Start);
        int last = tokens.FindLastIndex(t => t.Start < mention.End);
        if (first < 0 || last < first) return mention;
        return mention with { Start = tokens[first].Start, End = tokens[last].End };
    }

    /// <summary>A punctuation mark standing as a token of its own (a space beside it), as CoNLL writes the comma after "Hussain".</summary>
    private static bool IsLonePunctuation(string text, int at, char beside) => text[at] is ',' or ';' or ':' or '.' or '!' or '?' or '"' or '\'' && beside == ' ';

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
