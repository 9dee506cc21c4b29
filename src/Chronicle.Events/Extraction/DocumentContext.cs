using Chronicle.Domain.Documents;
using Chronicle.Events.Names;

namespace Chronicle.Events.Extraction;

/// <summary>What the extractor knows about a document as a whole: its sentences, who it is mostly about, and descriptors.</summary>
internal sealed class DocumentContext(Document document)
{
    private readonly Dictionary<string, int> _personCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _orgCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _companyCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _descriptors = new(StringComparer.Ordinal);

    public Document Document { get; } = document;
    public DateOnly Dct => Document.Date;
    public List<SentenceView> Sentences { get; } = [];

    // Answers derived from the counts, kept until the next count: a long page asks them once per description.
    private string? _dominantPerson, _dominantOrganization;
    private bool _dominantsKnown;
    private readonly Dictionary<string, string?> _orgNamed = new(StringComparer.Ordinal);

    public void Count(Mention m)
    {
        _dominantsKnown = false;
        _orgNamed.Clear();
        var counts = m.Kind switch { MentionKind.Person => _personCounts, MentionKind.Org or MentionKind.Location => _orgCounts, _ => null };
        if (counts is not null) counts[m.Canonical] = counts.GetValueOrDefault(m.Canonical) + 1;
        if (m.Kind is MentionKind.Org or MentionKind.Location && !NameMatcher.IsLocation(m.Canonical))
            _companyCounts[m.Canonical] = _companyCounts.GetValueOrDefault(m.Canonical) + 1;
    }

    /// <summary>The person the document mentions most (first mentioned wins ties).</summary>
    public string? DominantPerson { get { KnowDominants(); return _dominantPerson; } }

    /// <summary>Organizations and places the document mentions, most mentioned first.</summary>
    public IReadOnlyList<string> Organizations(int limit) =>
        _orgCounts.OrderByDescending(kv => kv.Value).Take(limit).Select(kv => kv.Key).ToList();

    /// <summary>The organization the document mentions most, leaving out known places (a tagger may call a company a place).</summary>
    public string? DominantOrganization { get { KnowDominants(); return _dominantOrganization; } }

    private void KnowDominants()
    {
        if (_dominantsKnown) return;
        _dominantPerson = _personCounts.Count == 0 ? null : _personCounts.MaxBy(kv => kv.Value).Key;
        _dominantOrganization = _companyCounts.Count == 0 ? null : _companyCounts.MaxBy(kv => kv.Value).Key;
        _dominantsKnown = true;
    }

    public void Describe(string noun, string canonical) => _descriptors.TryAdd(noun, canonical);

    public string? Described(string noun) => _descriptors.GetValueOrDefault(noun);

    /// <summary>"the production company" → the organization whose name shares the noun's stem (Rust Movie Productions).</summary>
    public string? OrgNamed(string noun)
    {
        // The name's word is the noun or its plural ("Productions", "Companies"), never a lookalike ("company" / "Compaq").
        if (_orgNamed.TryGetValue(noun, out var known)) return known;
        string stem = noun.Length > 4 ? noun[..^1] : noun;
        return _orgNamed[noun] = _orgCounts.Keys.FirstOrDefault(o => NameMatcher.Tokens(o).Any(t => t.StartsWith(stem, StringComparison.Ordinal)));
    }

    public bool IsPerson(string canonical) => _personCounts.ContainsKey(canonical);

    /// <summary>'m' or 'f' when a title, a noun or a pronoun has shown it ("actor Alec Baldwin", "Ms Truss").</summary>
    public Dictionary<string, char> Gender { get; } = new(StringComparer.Ordinal);
}
