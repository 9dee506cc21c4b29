using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Recognition;

namespace Chronicle.Entities.Resolution;

/// <summary>One entity of a document, as its name chain: the canonical name and every name it was called.</summary>
public sealed record DocumentEntity(int Chain, string Name, EntityType Type, IReadOnlyList<string> Names, int Mentions)
{
    /// <summary>The article's wording shows the entity's type for one of its mentions at least (see <see cref="EntityMention.TypeShown"/>).</summary>
    public bool TypeShown { get; init; }

    /// <summary>The normalized name (see <see cref="Chains.NameKey"/>), computed once: resolving and storing ask for it several times.</summary>
    public string NameKey { get; } = Chains.NameKey.Of(Name);

    /// <summary>The words of the normalized name; shared, not to be modified.</summary>
    public string[] NameWords { get; } = Chains.NameKey.Words(Name);

    /// <summary>The document's entities from its mentions, one per chain.</summary>
    public static List<DocumentEntity> From(IReadOnlyList<EntityMention> mentions) =>
        mentions.GroupBy(m => m.Chain).Select(g => new DocumentEntity(
                g.Key, g.First().Canonical, g.First().Type,
                g.Where(m => m.Kind == MentionKind.Name).Select(m => m.Text).Append(g.First().Canonical).Distinct().ToList(),
                g.Count()) { TypeShown = g.Any(m => m.TypeShown) })
            .ToList();
}

/// <summary>
/// An entity already known to the store, with the keys of its names and (computed only when a decision
/// needs it) the keys of the entities seen with it.
/// </summary>
public sealed class KnownEntity(long key, string name, EntityType type, IReadOnlySet<string> nameKeys, Func<IReadOnlySet<long>> context, int documents)
{
    private readonly Lazy<IReadOnlySet<long>> _context = new(context);

    public long Key { get; } = key;
    public string Name { get; } = name;
    public EntityType Type { get; } = type;
    public IReadOnlySet<string> NameKeys { get; } = nameKeys;
    public int Documents { get; } = documents;
    public IReadOnlySet<long> Context => _context.Value;

    /// <summary>The normalized name (see <see cref="Chains.NameKey"/>), computed once: candidates are compared with every entity of a page.</summary>
    public string NameKey => _nameKey ??= Chains.NameKey.Of(Name);
    private string? _nameKey;

    /// <summary>The words of the normalized name; shared, not to be modified.</summary>
    public string[] NameWords => _nameWords ??= Chains.NameKey.Words(Name);
    private string[]? _nameWords;

    /// <summary>The organization, place or product keys (see <see cref="EntityKey"/>) of its names, which the store keeps as lookup words.</summary>
    public IReadOnlySet<string> EntityKeys { get; init; } = new HashSet<string>();
}

/// <summary>
/// Decides which known entity each of a document's entities is. Exact normalized names first, then
/// aliases, then compatible full names (a shortened double surname, a one-letter typo when the articles
/// share other entities). A lone surname joins a known person only when the articles share other
/// entities, so two people are never merged for sharing a surname.
/// </summary>
public static class EntityResolver
{
    /// <summary>The words a store should look candidates up by: normalized names, and for people the surname parts.</summary>
    public static IEnumerable<string> LookupKeys(DocumentEntity entity)
    {
        foreach (var name in entity.Names) yield return NameKey.Of(name);
        if (entity.Type != EntityType.Person) yield break;
        foreach (var part in SurnameParts(entity.Name)) yield return part;
    }

    /// <summary>The words of a person's name by which other names can find it: the surname words, or the lone name.</summary>
    public static IEnumerable<string> SurnameParts(string name)
    {
        var words = NameKey.Words(name);
        return words.Length == 1 ? words : words[1..];
    }

    /// <summary>For each document entity (same order), the key of the known entity it is, or null for a new one.</summary>
    public static long?[] Resolve(IReadOnlyList<DocumentEntity> entities, Func<DocumentEntity, IReadOnlyList<KnownEntity>> candidates)
    {
        var result = new long?[entities.Count];
        var found = entities.Select(candidates).ToArray();
        var context = new HashSet<long>();
        var order = Enumerable.Range(0, entities.Count).OrderBy(i => IsLoneName(entities[i]) ? 1 : 0).ToList();
        // Plain name matches first; then the matches that need the other entities of the document as context.
        foreach (bool contextual in new[] { false, true })
            foreach (int i in order.Where(i => result[i] is null))
            {
                result[i] = Choose(entities[i], found[i], context, contextual);
                if (result[i] is { } key) context.Add(key);
            }
        return result;
    }

    private static long? Choose(DocumentEntity entity, IReadOnlyList<KnownEntity> known, HashSet<long> context, bool contextual)
    {
        if (ChooseSameType(entity, known, context, contextual) is { } key) return key;
        if (!contextual) return null;
        var across = known.Where(k => MayJoinAcrossTypes(entity, k.Name, k.NameKey, k.Type)).ToList();
        return across.Count > 0 ? Best(across, context).Key : null;
    }

    /// <summary>
    /// Whether a document's entity may be the entity of another type with the same normalized name ("Camp Mystic" the
    /// organization, read as a person in another article): only a person against an organization (not a place: a place
    /// read as a person is often a piece of a person's name, "Suk Yeol" of "Yoon Suk Yeol", which would then tie the
    /// person's articles together), when neither name is a person's by its shape (a listed given name first) and the document does not show its own
    /// reading of the type, except that an organization shown by its wording ("Hooli's shareholders") joins a person of
    /// its name, which only the tagger's guess can have made. The entity's type is then the most frequent type of all
    /// its mentions over the store (see <see cref="Linking.EntityTypes"/>).
    /// </summary>
    public static bool MayJoinAcrossTypes(DocumentEntity entity, string knownName, string knownNameKey, EntityType knownType)
    {
        if (knownType == entity.Type || knownNameKey != entity.NameKey) return false;
        if (!(knownType == EntityType.Person && entity.Type == EntityType.Organization || entity.Type == EntityType.Person && knownType == EntityType.Organization)) return false;
        if (PersonShaped(entity.Name) || PersonShaped(knownName)) return false;
        return !entity.TypeShown || entity.Type == EntityType.Organization && knownType == EntityType.Person;
    }

    /// <summary>A listed given name first ("Ilse Vale"), or a listed given name alone: a person's name whatever a tagger read.</summary>
    private static bool PersonShaped(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        string first = words[NameChainer.CoreRange(words).First];
        return Gazetteer.Default.Contains(Gazetteer.FirstName, first);
    }

    private static long? ChooseSameType(DocumentEntity entity, IReadOnlyList<KnownEntity> known, HashSet<long> context, bool contextual)
    {
        if (!contextual && IsLoneName(entity)) return null;
        string nameKey = entity.NameKey;
        var words = entity.NameWords;
        var sameType = known.Where(k => Compatible(k.Type, entity.Type)).ToList();
        var exact = sameType.Where(k => k.NameKey == nameKey).ToList();
        if (exact.Count > 0) return Best(exact, context).Key;
        if (entity.Type != EntityType.Person || words.Length >= 2)
        {
            var alias = sameType.Where(k => k.NameKeys.Contains(nameKey)).ToList();
            if (alias.Count > 0) return Best(alias, context).Key;
        }
        if (entity.Type != EntityType.Person)
        {
            var keys = entity.Names.Select(n => EntityKey.Of(entity.Type, n)).ToHashSet();
            var sameKey = sameType.Where(k => k.EntityKeys.Overlaps(keys)).ToList();
            if (sameKey.Count > 0) return Best(sameKey, context).Key;
            if (!contextual) return null;
            // "Boeing Commercial Airplanes" is Boeing when the articles share other entities, unless this article
            // names Boeing apart from it (Apple Corps in an article that also names Apple).
            if (entity.Type != EntityType.Organization || OrganizationHead(entity.Name) is not { } head) return null;
            var byHead = sameType.Where(k => k.Type == EntityType.Organization && k.EntityKeys.Contains(head) && !context.Contains(k.Key) && Shares(k, context)).ToList();
            return byHead.Count > 0 ? Best(byHead, context).Key : null;
        }
        var people = sameType.Where(k => k.Type == EntityType.Person).ToList();
        if (words.Length >= 2)
        {
            var compatible = people.Where(k => PersonNames.SameFullName(k.NameWords, words, allowTypo: false)).ToList();
            if (compatible.Count > 0) return Best(compatible, context).Key;
            if (!contextual) return null;
            var typo = people.Where(k => PersonNames.SameFullName(k.NameWords, words, allowTypo: true) && Shares(k, context)).ToList();
            if (typo.Count > 0) return Best(typo, context).Key;
            // A person known so far only by surname becomes this full name when the stories overlap.
            var bySurname = people.Where(k => k.NameWords is [var lone] && PersonNames.IsSurnameOf(lone, words, false) && Shares(k, context)).ToList();
            return bySurname.Count > 0 ? Best(bySurname, context).Key : null;
        }
        var withContext = people.Where(k => (k.NameKeys.Contains(nameKey) || PersonNames.IsSurnameOf(nameKey, k.NameWords, false)) && Shares(k, context)).ToList();
        if (withContext.Count > 0) return Best(withContext, context).Key;
        var loneNamed = people.Where(k => k.NameKey == nameKey).ToList();
        return loneNamed.Count > 0 ? Best(loneNamed, context).Key : null;
    }

    /// <summary>The first word of a longer organization name, by which it may be found as a known organization.</summary>
    public static string? OrganizationHead(string name)
    {
        var words = NameKey.Words(name);
        return words.Length >= 2 && words[0] != "the" ? words[0] : null;
    }

    /// <summary>Whether a name of one type may be an entity of the other: the same type, or organization and place (a company is often named as a place).</summary>
    public static bool Compatible(EntityType known, EntityType type) =>
        known == type || known is EntityType.Organization or EntityType.Location && type is EntityType.Organization or EntityType.Location;

    private static bool IsLoneName(DocumentEntity entity) => entity.Type == EntityType.Person && entity.NameWords.Length < 2;

    private static bool Shares(KnownEntity known, HashSet<long> context) => known.Context.Overlaps(context);

    private static KnownEntity Best(List<KnownEntity> candidates, HashSet<long> context) =>
        candidates.Count == 1 ? candidates[0] : candidates.OrderByDescending(k => k.Context.Count(context.Contains)).ThenByDescending(k => k.Documents).ThenBy(k => k.Key).First();
}
