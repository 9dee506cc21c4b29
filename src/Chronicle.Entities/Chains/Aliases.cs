using System.Text.Json;
using Chronicle.Domain;

namespace Chronicle.Entities.Chains;

/// <summary>One entity's names (the preferred one first) and the demonyms that stand for it ("British").</summary>
public sealed record AliasGroup(IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms)
{
    public string Preferred => Names[0];
}

/// <summary>
/// The one alias table: names that are one entity (Resources/aliases.json), read by <see cref="EntityKey"/> for
/// entity keys and by the event stage's name matching; plus the names the event reader takes for places.
/// </summary>
public static class Aliases
{
    public static IReadOnlyList<AliasGroup> Groups { get; }

    /// <summary>Names the event reader takes for places ("London", "Texas").</summary>
    public static IReadOnlyList<string> Locations { get; }

    static Aliases()
    {
        using var doc = JsonDocument.Parse(EmbeddedResources.ReadText(typeof(Aliases).Assembly, "aliases.json"));
        var groups = new List<AliasGroup>();
        foreach (var group in doc.RootElement.GetProperty("groups").EnumerateArray())
        {
            var names = Strings(group, "names");
            if (names.Count == 0) throw new InvalidDataException($"aliases.json: a group without names ({group})");
            groups.Add(new AliasGroup(names, Strings(group, "demonyms")));
        }
        Groups = groups;
        Locations = Strings(doc.RootElement, "locations");
    }

    private static List<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var list) ? list.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
}
