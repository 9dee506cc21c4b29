using Chronicle.Events.Ontology;
using Chronicle.Events.Text;

namespace Chronicle.Events.Extraction;

/// <summary>A compiled trigger pattern (syntax in Resources/ontology.json) and its matcher.</summary>
public sealed class TriggerPattern
{
    private enum Kind { Literal, Gap, Slot }
    private sealed record Element(Kind Kind, HashSet<string> Words, bool Optional, string? Slot);

    private const int GapMax = 4;
    private const int SlotMax = 8;
    private readonly List<Element> _elements;

    public EventTypeDefinition Type { get; }
    public TriggerDefinition Definition { get; }
    public IReadOnlySet<string> FirstWords => _elements[0].Words;
    public IEnumerable<string> LiteralWords => _elements.Where(e => e.Kind == Kind.Literal).SelectMany(e => e.Words);

    public TriggerPattern(EventTypeDefinition type, TriggerDefinition definition)
    {
        Type = type;
        Definition = definition;
        _elements = (definition.Pattern ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Compile).ToList();
        if (_elements.Count == 0 || _elements[0].Kind != Kind.Literal || _elements[0].Optional)
            throw new InvalidDataException("a pattern must start with a word");
    }

    private static Element Compile(string token)
    {
        if (token == "*") return new Element(Kind.Gap, [], false, null);
        if (token.StartsWith('{') && token.EndsWith('}')) return new Element(Kind.Slot, [], false, token[1..^1]);
        bool optional = token.EndsWith('?') && token.Length > 1;
        if (optional) token = token[..^1];
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alternative in token.Split('|'))
            foreach (var form in alternative.EndsWith('~') ? Inflect(alternative[..^1]) : [alternative])
                words.Add(form);
        return new Element(Kind.Literal, words, optional, null);
    }

    /// <summary>Regular verb forms: base, 3rd person, past (with and without a doubled consonant), -ing.</summary>
    public static IEnumerable<string> Inflect(string verb)
    {
        yield return verb;
        bool sibilant = verb.EndsWith('s') || verb.EndsWith("sh") || verb.EndsWith("ch") || verb.EndsWith('x') || verb.EndsWith('z');
        bool consonantY = verb.EndsWith('y') && verb.Length > 1 && !"aeiou".Contains(verb[^2]);
        yield return consonantY ? verb[..^1] + "ies" : sibilant ? verb + "es" : verb + "s";
        if (verb.EndsWith('e')) { yield return verb + "d"; yield return verb[..^1] + "ing"; yield break; }
        if (consonantY) { yield return verb[..^1] + "ied"; yield return verb + "ing"; yield break; }
        yield return verb + "ed";
        yield return verb + "ing";
        if (verb.Length >= 3 && !"aeiouwxy".Contains(verb[^1]) && "aeiou".Contains(verb[^2]) && !"aeiou".Contains(verb[^3]))
        {
            yield return verb + verb[^1] + "ed";
            yield return verb + verb[^1] + "ing";
        }
    }

    /// <summary>Matches at token <paramref name="start"/>; returns the end token (exclusive) and slot spans, or -1.</summary>
    public int Match(List<Tok> tokens, int start, int limit, Dictionary<string, (int From, int To)> slots)
    {
        slots.Clear();
        return MatchFrom(0, tokens, start, limit, slots);
    }

    private int MatchFrom(int e, List<Tok> tokens, int t, int limit, Dictionary<string, (int, int)> slots)
    {
        if (e == _elements.Count) return t;
        var element = _elements[e];
        switch (element.Kind)
        {
            case Kind.Literal:
                if (t < limit && element.Words.Contains(tokens[t].Lower))
                {
                    int end = MatchFrom(e + 1, tokens, t + 1, limit, slots);
                    if (end >= 0) return end;
                }
                return element.Optional ? MatchFrom(e + 1, tokens, t, limit, slots) : -1;
            default:
                if (element.Slot is not null && e == _elements.Count - 1)
                {
                    int n = 0;
                    while (n < SlotMax && t + n < limit && !IsBarrier(tokens[t + n]) && tokens[t + n].Lower != ",") n++;
                    slots[element.Slot] = (t, t + n);
                    return t + n;
                }
                int max = element.Kind == Kind.Gap ? GapMax : SlotMax;
                for (int n = 0; n <= max && t + n <= limit; n++)
                {
                    if (n > 0 && IsBarrier(tokens[t + n - 1])) break;
                    if (element.Slot is not null) slots[element.Slot] = (t, t + n);
                    int end = MatchFrom(e + 1, tokens, t + n, limit, slots);
                    if (end >= 0) return end;
                }
                if (element.Slot is not null) slots.Remove(element.Slot);
                return -1;
        }
    }

    private static bool IsBarrier(Tok t) => t.Lower is "." or ";" or ":" or "!" or "?" or "—" or "–";
}
