using Chronicle.Domain;

namespace Chronicle.Entities.Chains;

/// <summary>Short and long forms of one given name ("tim" and "timothy"), read from gazetteers/given-name-variants.txt.</summary>
public static class GivenNameVariants
{
    private static readonly Dictionary<string, List<int>> Lines = Load();

    /// <summary>Whether the two normalized given names are forms of one name (never true of a name and itself: callers compare those first).</summary>
    public static bool Same(string a, string b) =>
        a != b && Lines.TryGetValue(a, out var x) && Lines.TryGetValue(b, out var y) && x.Intersect(y).Any();

    private static Dictionary<string, List<int>> Load()
    {
        var lines = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        int number = 0;
        foreach (string raw in EmbeddedResources.ReadText(typeof(GivenNameVariants).Assembly, "gazetteers/given-name-variants.txt").Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            number++;
            foreach (string name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                (lines.TryGetValue(name, out var ids) ? ids : lines[name] = []).Add(number);
        }
        return lines;
    }
}
