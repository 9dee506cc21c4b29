using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Domain.Events;
using Chronicle.Entities.Chains;

namespace Chronicle.Entities.Linking;

/// <summary>
/// Which entity each event argument names, decided from the document's own entity mentions, so that events and facts
/// use the identity the entity stage gave the name (the one `chronicle entity` shows) instead of clustering strings
/// again at query time. Every store calls this and writes only the keys it returns.
/// </summary>
/// <remarks>
/// An argument takes the chain of the mention its span overlaps most (not only the same offsets: the event stage trims
/// titles from a name, "Prime Minister Rishi Sunak" → "Rishi Sunak", and a description it resolved may cover more or
/// fewer words than the entity stage's mention). A mention of another type is not the argument's entity ("Apple" inside
/// "Apple CEO Tim Cook" read as one person). Descriptions ("the actor") are not read by their span: the event stage
/// resolves them itself, and its value says whom it meant, so they go by name like an argument without a span (an
/// organization the article names as context): the one chain of the document whose name the value is. A value that
/// names two chains, or none, stays unresolved.
/// </remarks>
public static class ArgumentEntities
{
    /// <summary>The chain of each argument of each event (null: the argument names no entity of the document).</summary>
    public static int?[][] Chains(IReadOnlyList<EventMention> events, IReadOnlyList<EntityMention> mentions)
    {
        var byStart = mentions.OrderBy(m => m.Start).ToList();
        // The furthest end among the mentions up to each one: a search over it skips the mentions that end before an
        // argument starts, which a scan from the page's first mention read for every argument (quadratic on long pages).
        var reach = new int[byStart.Count];
        for (int k = 0; k < byStart.Count; k++) reach[k] = Math.Max(byStart[k].End, k > 0 ? reach[k - 1] : int.MinValue);
        ILookup<string, EntityMention>? byName = null;
        var named = new Dictionary<(string Key, string? Kind), int?>();
        var chains = new int?[events.Count][];
        for (int e = 0; e < events.Count; e++)
        {
            var arguments = events[e].Arguments;
            chains[e] = new int?[arguments.Count];
            for (int i = 0; i < arguments.Count; i++)
            {
                var a = arguments[i];
                if (!a.NamesEntity) continue;
                chains[e][i] = BySpan(a, byStart, reach) ?? ByName(a, byName ??= NamesOf(mentions), named);
            }
        }
        return chains;
    }

    /// <summary>The stored entity key of each argument, given the keys the linker gave the document's chains.</summary>
    public static long?[][] Keys(DocumentAnalysis analysis, IReadOnlyDictionary<int, long> entityOfChain) =>
        Chains(analysis.Events, analysis.Entities)
            .Select(row => row.Select(c => c is { } chain && entityOfChain.TryGetValue(chain, out var key) ? key : (long?)null).ToArray())
            .ToArray();

    private static int? BySpan(EventArgument a, List<EntityMention> byStart, int[] reach)
    {
        if (a.End <= a.Start) return null;
        EntityMention? best = null;
        int bestOverlap = 0;
        // The first mention that may overlap: every one before it ends at or before the argument's start.
        int first = reach.AsSpan().BinarySearch(a.Start);
        first = first < 0 ? ~first : first + 1;
        while (first > 0 && reach[first - 1] > a.Start) first--;
        for (int k = first; k < byStart.Count; k++)
        {
            var m = byStart[k];
            if (m.Start >= a.End) break;
            int overlap = Math.Min(m.End, a.End) - Math.Max(m.Start, a.Start);
            if (overlap <= 0 || m.Kind == MentionKind.Nominal || !Fits(a.Kind, m.Type)) continue;
            // The widest overlap wins; on a tie the tighter mention is the more specific name.
            if (overlap > bestOverlap || overlap == bestOverlap && best is not null && m.End - m.Start < best.End - best.Start)
                (best, bestOverlap) = (m, overlap);
        }
        return best?.Chain;
    }

    /// <summary>The one chain a name stands for, decided once per name and argument kind (a long page repeats its names).</summary>
    private static int? ByName(EventArgument a, ILookup<string, EntityMention> byName, Dictionary<(string, string?), int?> named)
    {
        string key = NameKey.Of(a.Value);
        if (named.TryGetValue((key, a.Kind), out var known)) return known;
        var chains = byName[key].Where(m => Fits(a.Kind, m.Type)).Select(m => m.Chain).Distinct().Take(2).ToList();
        return named[(key, a.Kind)] = chains.Count == 1 ? chains[0] : null;
    }

    /// <summary>Each named mention under its text and under its chain's canonical name.</summary>
    private static ILookup<string, EntityMention> NamesOf(IReadOnlyList<EntityMention> mentions) =>
        mentions.Where(m => m.Kind == MentionKind.Name)
            .SelectMany(m => new[] { (Key: NameKey.Of(m.Text), Mention: m), (Key: NameKey.Of(m.Canonical), Mention: m) })
            .Where(x => x.Key.Length > 0).Distinct().ToLookup(x => x.Key, x => x.Mention);

    /// <summary>A person argument names a person; an organization argument an organization, place or product (a country
    /// acts as an organization: "prime minister of the United Kingdom"); an argument of either kind names any.</summary>
    internal static bool Fits(string? kind, EntityType type) => kind switch
    {
        "person" => type == EntityType.Person,
        "org" => type != EntityType.Person,
        _ => true,
    };
}
