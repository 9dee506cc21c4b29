using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Entities;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store.Sqlite;

namespace Chronicle.Eval.Entities;

/// <summary>
/// MEANTIME (Wikinews, CC BY 4.0), intra- and cross-document annotation. Each article is rebuilt as text
/// (tokens joined by spaces, one sentence a line), analysed and stored by the real pipeline into a fresh
/// store per corpus. Measures: recall of gold named mentions (NAM; PER, ORG, LOC, PRO) by a system name
/// that overlaps it with the same type; and B-cubed precision, recall and F1 of the store's canonical
/// entities against the gold cross-document instances, over the gold named mentions that were found.
/// </summary>
public static class Meantime
{
    private sealed record GoldMention(string Document, int Start, int End, string Type, string Instance, string Text);

    public static int Run(string folder, TextWriter output)
    {
        var totals = new List<(string Corpus, int Gold, int Found, double P, double R, int Clustered)>();
        foreach (var corpus in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var result = RunCorpus(corpus);
            totals.Add(result);
            double f = F1(result.P, result.R);
            output.WriteLine($"{result.Corpus,-16} named mentions {result.Gold,4}  found {result.Found,4}  recall {result.Found / (double)result.Gold:F4}   " +
                $"cross-doc B-cubed P {result.P:F4} R {result.R:F4} F1 {f:F4} over {result.Clustered} mentions");
        }
        int gold = totals.Sum(t => t.Gold), found = totals.Sum(t => t.Found), clustered = totals.Sum(t => t.Clustered);
        double p = totals.Sum(t => t.P * t.Clustered) / clustered, r = totals.Sum(t => t.R * t.Clustered) / clustered;
        output.WriteLine($"{"all",-16} named mentions {gold,4}  found {found,4}  recall {found / (double)gold:F4}   cross-doc B-cubed P {p:F4} R {r:F4} F1 {F1(p, r):F4} over {clustered} mentions");
        return 0;
    }

    private static (string Corpus, int Gold, int Found, double P, double R, int Clustered) RunCorpus(string corpus)
    {
        var dbPath = Path.Combine(Path.GetTempPath(), $"chronicle-meantime-{Environment.ProcessId}-{Path.GetFileName(corpus)}.db");
        foreach (var stale in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }) File.Delete(stale);
        var gold = new List<GoldMention>();
        var analyzer = new DocumentAnalyzer(new AnalysisOptions(Time: false, Entities: true, Events: false));
        var byId = new Dictionary<string, string>();
        (string, int, int, double, double, int) result;
        using (var store = new SqliteStore(dbPath))
        {
            foreach (var file in Directory.GetFiles(corpus, "*.xml").Order(StringComparer.Ordinal))
            {
                var (text, date, mentions) = Read(file);
                string page = DocumentIdentity.Normalize(text);
                string id = DocumentIdentity.IdOf(page);
                byId[id] = Path.GetFileName(file);
                store.SaveBatch([analyzer.Analyze(new Document(id, date, page))]);
                gold.AddRange(mentions.Select(m => m with { Document = id }));
            }
            var found = new List<(GoldMention Gold, long Entity)>();
            foreach (var g in gold)
            {
                var system = store.EntityMentions(g.Document)
                    .FirstOrDefault(m => m.Kind == MentionKind.Name && m.Start < g.End && g.Start < m.End && TypeOf(m.Type) == g.Type);
                if (system is not null) found.Add((g, system.EntityKey));
                else if (Environment.GetEnvironmentVariable("MEANTIME_MISSES") is { Length: > 0 })
                {
                    var near = store.EntityMentions(g.Document).Where(m => m.Start < g.End && g.Start < m.End).Select(m => $"{m.Text}/{m.Type}");
                    Console.Error.WriteLine($"MISS {g.Type}\t{g.Text}\t{string.Join(", ", near)}\t{byId[g.Document]}");
                }
            }
            if (Environment.GetEnvironmentVariable("MEANTIME_CLUSTERS") is { Length: > 0 })
                foreach (var instance in found.GroupBy(f => f.Gold.Instance).Where(g => g.Select(f => f.Entity).Distinct().Count() > 1))
                    Console.Error.WriteLine($"SPLIT {instance.Key}: " + string.Join(" | ", instance.GroupBy(f => f.Entity).Select(e => $"{e.Key}:{string.Join(",", e.Select(f => f.Gold.Text).Distinct())}")));
            var (p, r) = BCubed(found);
            result = (Path.GetFileName(corpus), gold.Count, found.Count, p, r, found.Count);
        }
        foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }) File.Delete(file);
        return result;
    }

    /// <summary>
    /// Named-mention recall through the path of <c>chronicle entities --dct DATE --json</c>: each article's text as
    /// the command's input (no store, no cross-document step), a gold mention found by an overlapping name of its type.
    /// </summary>
    public static int RunCommandPath(string folder, EntityRecognizer recognizer, TextWriter output)
    {
        return Recall(folder, "Chronicle (command path)", (_, text, date) => CommandPath.Entities(recognizer, new Document("stdin", date, text))
            .Where(m => m.Kind == MentionKind.Name).Select(m => (m.Start, m.End, TypeOf(m.Type))).ToList(), output);
    }

    /// <summary>The articles as JSON Lines {"id" (corpus/file), "text", "ref" (the article's date)} for a process or a peer tool.</summary>
    public static int Export(string folder, TextWriter output)
    {
        foreach (var corpus in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
            foreach (var file in Directory.GetFiles(corpus, "*.xml").Order(StringComparer.Ordinal))
            {
                var (text, date, _) = Read(file);
                output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = IdOf(file), text, @ref = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
            }
        return 0;
    }

    /// <summary>Named-mention recall of entities read from JSON Lines {"id", "entities": [{"type", "start", "end", "kind"?}]} (the output of <c>command.sh</c>).</summary>
    public static int RunOutput(string folder, string outputs, string name, TextWriter output)
    {
        var types = new Dictionary<string, string> { ["PERSON"] = "PER", ["ORGANIZATION"] = "ORG", ["LOCATION"] = "LOC", ["PRODUCT"] = "PRO" };
        var byId = File.ReadLines(outputs).Where(l => l.Trim().Length > 0).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("entities").EnumerateArray()
                .Where(m => types.ContainsKey(m.GetProperty("type").GetString()!) && !(m.TryGetProperty("kind", out var kind) && kind.GetString() == "nominal"))
                .Select(m => (m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), types[m.GetProperty("type").GetString()!])).ToList());
        return Recall(folder, name, (id, _, _) => byId.GetValueOrDefault(id) ?? [], output);
    }

    private static string IdOf(string file) => $"{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}";

    private static int Recall(string folder, string name, Func<string, string, DateOnly, List<(int Start, int End, string Type)>> recognize, TextWriter output)
    {
        int allGold = 0, allFound = 0;
        output.WriteLine($"{name}: named-mention recall");
        foreach (var corpus in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            int gold = 0, found = 0;
            foreach (var file in Directory.GetFiles(corpus, "*.xml").Order(StringComparer.Ordinal))
            {
                var (text, date, mentions) = Read(file);
                var system = recognize(IdOf(file), text, date);
                foreach (var g in mentions)
                {
                    gold++;
                    if (system.Any(m => m.Start < g.End && g.Start < m.End && m.Type == g.Type)) found++;
                    else if (Environment.GetEnvironmentVariable("MEANTIME_MISSES") is { Length: > 0 })
                        Console.Error.WriteLine($"MISS {g.Type}\t{g.Text}\t{string.Join(", ", system.Where(m => m.Start < g.End && g.Start < m.End).Select(m => $"{text[m.Start..m.End]}/{m.Type}"))}\t{IdOf(file)}");
                }
            }
            output.WriteLine($"{Path.GetFileName(corpus),-16} named mentions {gold,4}  found {found,4}  recall {found / (double)Math.Max(1, gold):F4}");
            allGold += gold; allFound += found;
        }
        output.WriteLine($"{"all",-16} named mentions {allGold,4}  found {allFound,4}  recall {allFound / (double)Math.Max(1, allGold):F4}");
        return 0;
    }

    private static (double P, double R) BCubed(List<(GoldMention Gold, long Entity)> mentions)
    {
        if (mentions.Count == 0) return (0, 0);
        var byGold = mentions.ToLookup(m => m.Gold.Instance);
        var bySystem = mentions.ToLookup(m => m.Entity);
        double p = 0, r = 0;
        foreach (var m in mentions)
        {
            int both = bySystem[m.Entity].Count(o => o.Gold.Instance == m.Gold.Instance);
            p += both / (double)bySystem[m.Entity].Count();
            r += both / (double)byGold[m.Gold.Instance].Count();
        }
        return (p / mentions.Count, r / mentions.Count);
    }

    private static string TypeOf(EntityType type) => type switch
    {
        EntityType.Person => "PER", EntityType.Organization => "ORG", EntityType.Location => "LOC", _ => "PRO",
    };

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    /// <summary>The article as text (tokens joined by spaces, a sentence a line), its date and its gold named mentions.</summary>
    private static (string Text, DateOnly Date, List<GoldMention> Mentions) Read(string file)
    {
        var root = XDocument.Load(file).Root!;
        var text = new StringBuilder();
        var spans = new Dictionary<string, (int Start, int End)>();
        string? sentence = null;
        var sentences = new List<string>();
        foreach (var token in root.Elements("token"))
        {
            string s = (string)token.Attribute("sentence")!;
            if (sentence is not null) text.Append(s == sentence ? ' ' : '\n');
            if (s != sentence) sentences.Add("");
            sentence = s;
            int start = text.Length;
            text.Append(token.Value);
            sentences[^1] += (sentences[^1].Length > 0 ? " " : "") + token.Value;
            spans[(string)token.Attribute("t_id")!] = (start, text.Length);
        }
        var markables = root.Element("Markables")!;
        var types = markables.Elements("ENTITY").ToDictionary(e => (string)e.Attribute("m_id")!, e => ((string)e.Attribute("ent_type")!, (string)e.Attribute("instance_id")!));
        var named = markables.Elements("ENTITY_MENTION").Where(m => (string?)m.Attribute("syntactic_type") == "NAM")
            .ToDictionary(m => (string)m.Attribute("m_id")!, m => m.Elements("token_anchor").Select(a => spans[(string)a.Attribute("t_id")!]).ToList());
        var mentions = new List<GoldMention>();
        foreach (var link in root.Element("Relations")!.Elements("REFERS_TO"))
        {
            var target = (string)link.Element("target")!.Attribute("m_id")!;
            if (!types.TryGetValue(target, out var entity) || entity.Item1 is not ("PER" or "ORG" or "LOC" or "PRO")) continue;
            foreach (var source in link.Elements("source"))
            {
                if (!named.TryGetValue((string)source.Attribute("m_id")!, out var tokens)) continue;
                int start = tokens.Min(t => t.Start), end = tokens.Max(t => t.End);
                mentions.Add(new GoldMention("", start, end, entity.Item1, entity.Item2, text.ToString(start, end - start)));
            }
        }
        return (text.ToString(), DateOf(sentences), mentions);
    }

    private static DateOnly DateOf(List<string> sentences)
    {
        foreach (var s in sentences.Take(3))
            if (DateTime.TryParse(s.Replace(" ,", ","), CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return DateOnly.FromDateTime(d);
        return new DateOnly(2000, 1, 1);
    }
}
