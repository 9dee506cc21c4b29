using System.Text.Json;
using Chronicle.Domain.Entities;
using Chronicle.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store.Sqlite;
using Chronicle.Text;

namespace Chronicle.Eval.Entities;

/// <summary>
/// The dev storylines: each story's pages are read, analysed and stored by the real ingest path into a
/// fresh store; every person named in the story's probe claims (found by the recognizer in the claim)
/// must resolve to one stored entity, every page mention of that person's name or surname must land on it,
/// and no two probe people may share an entity or an entity hold another person's name as an alias.
/// </summary>
public static class Storylines
{
    public static int Run(string folder, TextWriter output)
    {
        int people = 0, resolved = 0, merged = 0, strayMentions = 0, totalMentions = 0;
        foreach (var story in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            string db = Path.Combine(Path.GetTempPath(), $"chronicle-storyline-{Environment.ProcessId}-{Path.GetFileName(story)}.db");
            using (var store = new SqliteStore(db))
            {
                var analyzer = new DocumentAnalyzer(new AnalysisOptions(Time: false, Entities: true, Events: false));
                var documents = new InputReader().Read([story]).OfType<ReadDocument>().Select(d => d.Document).ToList();
                store.SaveBatch(documents.Select(analyzer.Analyze).ToList());
                var names = ProbePeople(Path.Combine(story, "probes.jsonl"));
                var entityOf = new Dictionary<string, long>();
                output.WriteLine($"{Path.GetFileName(story)}: {documents.Count} pages, people in probes: {string.Join(", ", names)}");
                foreach (var name in names)
                {
                    people++;
                    var candidates = store.FindEntities(name).Where(e => e.Type == EntityType.Person).ToList();
                    string surname = NameKey.Words(name)[^1];
                    var landed = documents.SelectMany(d => store.EntityMentions(d.Id))
                        .Where(m => m.Type == EntityType.Person && m.Kind == MentionKind.Name && NameKey.Words(m.Text).Contains(surname))
                        .Where(m => NameKey.Words(m.Text).Length == 1 || PersonNames.SameFullName(NameKey.Words(name), NameKey.Words(m.Text), allowTypo: true))
                        .ToList();
                    var byEntity = landed.GroupBy(m => m.EntityKey).OrderByDescending(g => g.Count()).ToList();
                    totalMentions += landed.Count;
                    if (candidates.Count == 1) { resolved++; entityOf[name] = candidates[0].Key; }
                    int stray = candidates.Count == 1 ? landed.Count(m => m.EntityKey != candidates[0].Key) : landed.Count;
                    strayMentions += stray;
                    string where = candidates.Count == 1 ? $"one entity '{candidates[0].Name}' in {candidates[0].Documents} of {documents.Count} pages" : $"{candidates.Count} entities";
                    output.WriteLine($"  {name,-24} {where}; {landed.Count} mentions of the name or '{surname}', {stray} elsewhere" +
                        (stray > 0 ? $" ({string.Join("; ", byEntity.Where(g => candidates.Count != 1 || g.Key != candidates[0].Key).Select(g => $"{g.First().Entity} ×{g.Count()}"))})" : ""));
                }
                foreach (var pair in entityOf.GroupBy(p => p.Value).Where(g => g.Count() > 1))
                {
                    merged++;
                    output.WriteLine($"  MERGED: {string.Join(" + ", pair.Select(p => p.Key))}");
                }
                foreach (var (name, key) in entityOf)
                {
                    var others = names.Where(n => n != name).Select(NameKey.Of).ToHashSet();
                    var profile = store.GetEntity(key)!;
                    foreach (var alias in profile.Aliases.Where(a => others.Contains(NameKey.Of(a.Name))))
                    {
                        merged++;
                        output.WriteLine($"  MERGED: '{alias.Name}' is an alias of {name}");
                    }
                }
            }
            foreach (var file in new[] { db, db + "-wal", db + "-shm" }) File.Delete(file);
        }
        output.WriteLine($"all: {resolved}/{people} probe people resolve to exactly one entity; {totalMentions - strayMentions}/{totalMentions} mentions of their names or surnames land on it; {merged} merges of different people");
        return 0;
    }

    /// <summary>The people the recognizer finds in the probe claims, by canonical name.</summary>
    private static List<string> ProbePeople(string probes) =>
        File.ReadLines(probes).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("claim").GetString()!)
            .SelectMany(claim => EntityRecognizer.Default.Recognize(claim, SentenceSplitter.Split(claim)))
            .Where(m => m.Type == EntityType.Person && m.Kind == MentionKind.Name && NameKey.Words(m.Canonical).Length >= 2)
            .Select(m => m.Canonical).Distinct().Order(StringComparer.Ordinal).ToList();
}
