using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Domain;

namespace Chronicle.Entities.Rules;

public sealed record ProductPattern(string Regex, string About, string[] Examples, string[]? Counterexamples, bool AfterMaker = false, bool AfterDeterminer = false)
{
    private Regex? _compiled;

    // Every pattern names a code or an inner-capital name, so plain words are ruled out without running the expression.
    public bool Matches(string token) => IsCodeShaped(token) && (_compiled ??= new Regex(Regex, RegexOptions.CultureInvariant | RegexOptions.Compiled)).IsMatch(token);

    /// <summary>A digit anywhere or a capital after the first letter: what every pattern asks of a token.</summary>
    public static bool IsCodeShaped(string token)
    {
        var span = token.AsSpan();
        // Most tokens are plain ASCII words, which vectorized range checks settle at once.
        if (Ascii.IsValid(span)) return span.ContainsAnyInRange('0', '9') || span.Length > 1 && span[1..].ContainsAnyInRange('A', 'Z');
        for (int i = 0; i < span.Length; i++)
            if (char.IsDigit(span[i]) || i > 0 && char.IsUpper(span[i])) return true;
        return false;
    }
}

public sealed record ProductExample(string Text, string Product);

public sealed record ProductRules(
    string[] Names, string[] ModelWords, ProductPattern[] Patterns, string[] WorkNouns,
    string[] CodeHeads, string[] SoftwareHeads, string[] SoftwareNounsBefore, string[] ReleaseLines, ProductExample[] Examples);

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
