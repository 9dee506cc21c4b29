using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Domain;

namespace Chronicle.Entities.Rules;

public sealed record ProductPattern(string Regex, string About, string[] Examples, string[]? Counterexamples, bool AfterMaker = false, bool AfterDeterminer = false)
{
    private Regex? _compiled;

    // Every pattern names a code or an inner-capital name, so plain words are ruled out without running the expression.
    public bool Matches(string token) => CouldMatch(token) && (_compiled ??= new Regex(Regex, RegexOptions.CultureInvariant | RegexOptions.Compiled)).IsMatch(token);

    private static bool CouldMatch(string token)
    {
        for (int i = 0; i < token.Length; i++)
            if (char.IsDigit(token[i]) || i > 0 && char.IsUpper(token[i])) return true;
        return false;
    }
}

public sealed record ProductExample(string Text, string Product);

public sealed record ProductRules(
    string[] Names, string[] ModelWords, ProductPattern[] Patterns, string[] WorkNouns,
    string[] CodeHeads, string[] SoftwareHeads, string[] ReleaseLines, ProductExample[] Examples);

public sealed record RoleExample(string Text, string Person, string Role, bool Possessive = false);

public sealed record RoleRules(string[] Roles, string[] NominalReferences, RoleExample[] Examples);

/// <summary>The product and role rules embedded as JSON resources.</summary>
public static class Lexicons
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static ProductRules Products { get; } = Read<ProductRules>("products.json");
    public static RoleRules Roles { get; } = Read<RoleRules>("roles.json");

    private static T Read<T>(string name) =>
        JsonSerializer.Deserialize<T>(EmbeddedResources.ReadText(typeof(Lexicons).Assembly, name), Options)
        ?? throw new InvalidDataException($"{name} is empty");
}
