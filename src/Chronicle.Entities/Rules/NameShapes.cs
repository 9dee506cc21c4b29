using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Domain;
using Chronicle.Domain.Entities;
using Chronicle.Entities.Recognition;

namespace Chronicle.Entities.Rules;

public sealed record NameShape(string Regex, string Type, string About, string[] Examples, string[]? Counterexamples)
{
    private Regex? _compiled;

    public bool Matches(string token) => (_compiled ??= new Regex(Regex, RegexOptions.CultureInvariant)).IsMatch(token);
}

public sealed record NameShapeExample(string Text, string Name, string Type);

public sealed record NameShapeRules(NameShape[] Shapes, NameShapeExample[] Examples);

/// <summary>Tokens whose shape alone makes them a name ("AT&T", "Overstock.com"), for where the tagger passed them over.</summary>
public static class NameShapes
{
    public static NameShapeRules Rules { get; } = JsonSerializer.Deserialize<NameShapeRules>(
        EmbeddedResources.ReadText(typeof(NameShapes).Assembly, "name-shapes.json"), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    /// <summary>The type the token's shape gives it, else null. Only tokens with '&amp;' or '.' inside are tried, so the cost is nil elsewhere.</summary>
    internal static EntityType? TypeOf(TokenView token)
    {
        string form = token.Form;
        if (form.Length < 3 || form.IndexOf('&') < 0 && form.IndexOf('.') < 0) return null;
        foreach (var shape in Rules.Shapes)
            if (shape.Matches(form)) return shape.Type == "LOCATION" ? EntityType.Location : EntityType.Organization;
        return null;
    }
}
