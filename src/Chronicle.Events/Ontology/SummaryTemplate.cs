using System.Text;

namespace Chronicle.Events.Ontology;

/// <summary>
/// A timeline summary as the ontology writes it: "{role}" is the role's values, "[...]" a part shown only when every
/// role written directly inside it has a value. "{person} leaves[ as {position}[ of {organization}]]" gives
/// "X leaves", "X leaves as CEO" or "X leaves as CEO of Y". Parsed once at load.
/// </summary>
public sealed class SummaryTemplate
{
    private abstract record Part;
    private sealed record Literal(string Text) : Part;
    private sealed record Placeholder(string Role) : Part;
    private sealed record Optional(IReadOnlyList<Part> Parts) : Part;

    private readonly IReadOnlyList<Part> _parts;

    public string Text { get; }

    /// <summary>The roles the template names, for the load to check against the type's roles.</summary>
    public IReadOnlyList<string> Roles { get; }

    private SummaryTemplate(string text, IReadOnlyList<Part> parts, IReadOnlyList<string> roles) => (Text, _parts, Roles) = (text, parts, roles);

    /// <summary>Parses a template; null with <paramref name="error"/> set when its braces or brackets do not pair up.</summary>
    public static SummaryTemplate? Parse(string text, out string? error)
    {
        var roles = new List<string>();
        int i = 0;
        var parts = ParseParts(text, ref i, roles, nested: false, out error);
        return parts is null ? null : new SummaryTemplate(text, parts, roles);
    }

    private static List<Part>? ParseParts(string text, ref int i, List<string> roles, bool nested, out string? error)
    {
        error = null;
        var parts = new List<Part>();
        var literal = new StringBuilder();
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '{')
            {
                int close = text.IndexOf('}', i);
                string role = close < 0 ? "" : text[(i + 1)..close];
                if (role.Length == 0 || role.IndexOfAny(['{', '[', ']']) >= 0) { error = $"summary '{text}': unclosed or empty {{role}}"; return null; }
                Flush(literal, parts);
                parts.Add(new Placeholder(role));
                roles.Add(role);
                i = close + 1;
            }
            else if (c is '[')
            {
                i++;
                var inner = ParseParts(text, ref i, roles, nested: true, out error);
                if (inner is null) return null;
                if (!inner.OfType<Placeholder>().Any()) { error = $"summary '{text}': an optional part [...] names no role"; return null; }
                Flush(literal, parts);
                parts.Add(new Optional(inner));
            }
            else if (c is ']')
            {
                if (!nested) { error = $"summary '{text}': ']' without '['"; return null; }
                i++;
                Flush(literal, parts);
                return parts;
            }
            else if (c is '}') { error = $"summary '{text}': '}}' without '{{'"; return null; }
            else { literal.Append(c); i++; }
        }
        if (nested) { error = $"summary '{text}': '[' without ']'"; return null; }
        Flush(literal, parts);
        return parts;
    }

    private static void Flush(StringBuilder literal, List<Part> parts)
    {
        if (literal.Length == 0) return;
        parts.Add(new Literal(literal.ToString()));
        literal.Clear();
    }

    /// <param name="values">A role's values as the summary shows them ("" when the event has none).</param>
    public string Render(Func<string, string> values)
    {
        var text = new StringBuilder();
        Render(_parts, values, text);
        return text.ToString();
    }

    private static void Render(IReadOnlyList<Part> parts, Func<string, string> values, StringBuilder text)
    {
        foreach (var part in parts)
            switch (part)
            {
                case Literal l: text.Append(l.Text); break;
                case Placeholder p: text.Append(values(p.Role)); break;
                case Optional o when o.Parts.OfType<Placeholder>().All(p => values(p.Role).Length > 0): Render(o.Parts, values, text); break;
            }
    }

    public override string ToString() => Text;
}
