using System.Text.Json;
using Chronicle.Domain;
using Chronicle.Domain.Entities;
using Chronicle.Entities.Chains;
using Chronicle.Entities.Recognition;

namespace Chronicle.Entities.Rules;

public sealed record DesignatorExample(string Text, string Name, string Type);

public sealed record DesignatorLists(string[] Organization, string[] Location, string[] Facilities, string[] Publications, string[] Holders, DesignatorExample[] Examples);

/// <summary>
/// A run of capitalized words that ends in a designator ("Productions", "Ranch") is one name of the
/// designator's type: it replaces whatever the tagger found inside the run.
/// </summary>
public sealed class DesignatorRule
{
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "and", "&", "for", "de", "du", "la", "del" };
    private readonly Dictionary<string, EntityType> _designators = new(StringComparer.Ordinal);
    private readonly HashSet<string> _facilities;
    private readonly HashSet<string> _publications;
    private readonly HashSet<string> _holders;

    public static DesignatorLists Lists { get; } = JsonSerializer.Deserialize<DesignatorLists>(
        EmbeddedResources.ReadText(typeof(DesignatorRule).Assembly, "designators.json"), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    internal static DesignatorRule Default { get; } = new(Lists);

    private DesignatorRule(DesignatorLists lists)
    {
        foreach (var word in lists.Organization) _designators[word] = EntityType.Organization;
        foreach (var word in lists.Location) _designators[word] = EntityType.Location;
        _facilities = new HashSet<string>(lists.Facilities, StringComparer.Ordinal);
        _publications = new HashSet<string>(lists.Publications, StringComparer.OrdinalIgnoreCase);
        _holders = new HashSet<string>(lists.Holders, StringComparer.Ordinal);
    }

    /// <summary>
    /// Runs of up to four capitalized words right after a holder noun and "of" ("the board of Hooli", "shares of
    /// Globex", "the chief executive of Initech"): what has a board, shares or a chief executive is an organization.
    /// Listed places ("the owner of Chelsea" aside, "the chief executive of Britain" is no company) are left out.
    /// </summary>
    internal IEnumerable<(int First, int Last)> AfterHolder(TokenView[] s)
    {
        if (DocumentEvidence.IsAllCaps(s)) yield break;
        for (int i = 1; i + 1 < s.Length; i++)
        {
            if (s[i].Form != "of" || !_holders.Contains(s[i - 1].Lower)) continue;
            int first = i + 1, last = i;
            while (last + 1 < s.Length && last + 1 - first < 4 && s[last + 1].Capitalized && char.IsLetter(s[last + 1].Form[0])
                   && !Gazetteer.Default.IsTitle(s[last + 1].Form)) last++;
            if (last < first || Gazetteer.Default.Contains(Gazetteer.Location, string.Join(' ', s[first..(last + 1)].Select(t => t.Form)))) continue;
            yield return (first, last);
        }
    }

    /// <summary>A designator of a built or natural place, which is a place even where the tagger read an organization.</summary>
    internal bool IsFacility(string word) => _facilities.Contains(word);

    /// <summary>Whether the name starting at <paramref name="first"/> follows a publication noun ("the magazine Der Spiegel"), which makes it an organization.</summary>
    internal bool AfterPublicationNoun(TokenView[] s, int first) => first > 0 && _publications.Contains(s[first - 1].Form);

    /// <summary>Names (first token, last token, type) that designators make in one sentence.</summary>
    internal IEnumerable<(int First, int Last, EntityType Type)> Find(TokenView[] s)
    {
        if (DocumentEvidence.IsAllCaps(s)) yield break;
        for (int i = 1; i < s.Length; i++)
        {
            if (!_designators.TryGetValue(s[i].Form, out var type)) continue;
            // "Kloof Gold Mining Co": the name ends at the last designator; "Hong Kong Financial Secretary": a word before
            // a title qualifies the office, it ends no name.
            if (i + 1 < s.Length && (_designators.ContainsKey(s[i + 1].Form) || Gazetteer.Default.IsTitle(s[i + 1].Form))) continue;
            int first = i;
            while (first > 0 && (s[first - 1].Capitalized || Joiners.Contains(s[first - 1].Form) && first - 2 >= 0 && s[first - 2].Capitalized)) first--;
            while (first < i && (Joiners.Contains(s[first].Form) || Gazetteer.Default.IsTitle(s[first].Form) || first == 0 && IsSentenceWord(s[first]))) first++;
            if (first < i) yield return (first, i, type);
        }
    }

    private static bool IsSentenceWord(TokenView t) => t.Lower is "the" or "a" or "an" or "in" or "at" or "on" or "for" or "by" or "from" or "to" or "with";
}
