using System.Reflection;

namespace Chronicle.Domain;

/// <summary>Reads the rule and lexicon files that each stage embeds as resources.</summary>
public static class EmbeddedResources
{
    public static string ReadText(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource '{name}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> Names(Assembly assembly, string prefix = "") =>
        assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
