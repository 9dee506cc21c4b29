using System.Text.Json;
using Chronicle.Domain;

namespace Chronicle.Events.Ontology;

/// <summary>Cue words (Resources/lexicon.json) and position names (Resources/roles.json) the extractor reads.</summary>
public sealed class Lexicon
{
    public static Lexicon Default { get; } = Load(
        EmbeddedResources.ReadText(typeof(Lexicon).Assembly, "lexicon.json"),
        EmbeddedResources.ReadText(typeof(Lexicon).Assembly, "roles.json"));

    /// <summary>"has chosen to step down": a decision already taken, so the event is reported, not awaited (the bare "to" cue would say expected).</summary>
    public required IReadOnlyList<string[]> DoneDecisionCues { get; init; }
    public required IReadOnlyList<string[]> ExpectedCues { get; init; }
    public required IReadOnlyList<string[]> PossibleCues { get; init; }
    public required IReadOnlyList<string[]> NegationCues { get; init; }
    public required HashSet<string> SubordinateFuture { get; init; }
    public required HashSet<string> PresentAux { get; init; }
    public required HashSet<string> BeAux { get; init; }
    public required HashSet<string> HaveAux { get; init; }
    public required HashSet<string> Adverbs { get; init; }
    public required HashSet<string> AttributionVerbs { get; init; }
    public required HashSet<string> ClauseBreaks { get; init; }
    public required HashSet<string> ClauseOpeners { get; init; }
    public required HashSet<string> Prepositions { get; init; }
    public required HashSet<string> Determiners { get; init; }
    public required HashSet<string> Honorifics { get; init; }
    public required IReadOnlyDictionary<string, string> Pronouns { get; init; }
    public required HashSet<string> PersonNouns { get; init; }
    /// <summary>Nouns that, with no company described as such, stand for the company the article is about ("the company").</summary>
    public required HashSet<string> CompanyNouns { get; init; }
    public required HashSet<string> OrgNouns { get; init; }
    public required HashSet<string> OrgSuffixes { get; init; }
    public required HashSet<string> NameStopwords { get; init; }
    public required HashSet<string> Months { get; init; }
    public required HashSet<string> Weekdays { get; init; }
    public required HashSet<string> GenericObjectWords { get; init; }
    public required HashSet<string> MaleWords { get; init; }
    /// <summary>Nouns for people around a story (prosecutors, judges, lawyers) who are not the person it is about.</summary>
    public required HashSet<string> ThirdPartyNouns { get; init; }
    public required HashSet<string> FemaleWords { get; init; }
    public required IReadOnlyList<PositionName> Positions { get; init; }
    public required HashSet<string> InterimModifiers { get; init; }
    public required HashSet<string> PendingModifiers { get; init; }
    public required HashSet<string> FormerModifiers { get; init; }
    public required HashSet<string> GenericPositionHeads { get; init; }

    /// <summary>Position variants by their first token, longest first, for matching inside phrases.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<(string[] Tokens, PositionName Position)>> PositionIndex { get; init; }

    public PositionName? FindPosition(string canonical) => Positions.FirstOrDefault(p => p.Canonical == canonical);

    public static Lexicon Load(string lexiconJson, string rolesJson)
    {
        using var lex = JsonDocument.Parse(lexiconJson);
        using var roles = JsonDocument.Parse(rolesJson);
        var r = lex.RootElement;
        HashSet<string> Set(JsonElement root, string name) =>
            new(root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!), StringComparer.Ordinal);
        List<string[]> Phrases(string name) =>
            r.GetProperty(name).EnumerateArray().Select(e => e.GetString()!.Split(' ')).OrderByDescending(p => p.Length).ToList();

        var positions = roles.RootElement.GetProperty("roles").EnumerateArray().Select(e => new PositionName(
            e.GetProperty("canonical").GetString()!,
            e.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!).ToArray(),
            e.GetProperty("singleton").GetBoolean(),
            e.GetProperty("kind").GetString()!)).ToList();
        var index = new Dictionary<string, List<(string[], PositionName)>>(StringComparer.Ordinal);
        foreach (var p in positions)
            foreach (var v in p.Variants)
            {
                var tokens = v.Split(' ');
                if (!index.TryGetValue(tokens[0], out var list)) index[tokens[0]] = list = [];
                list.Add((tokens, p));
            }

        return new Lexicon
        {
            DoneDecisionCues = Phrases("done_decision_cues"),
            ExpectedCues = Phrases("expected_cues"),
            PossibleCues = Phrases("possible_cues"),
            NegationCues = Phrases("negation_cues"),
            SubordinateFuture = Set(r, "subordinate_future"),
            PresentAux = Set(r, "present_aux"),
            BeAux = Set(r, "be_aux"),
            HaveAux = Set(r, "have_aux"),
            Adverbs = Set(r, "adverbs"),
            AttributionVerbs = Set(r, "attribution_verbs"),
            ClauseBreaks = Set(r, "clause_breaks"),
            ClauseOpeners = Set(r, "clause_openers"),
            Prepositions = Set(r, "prepositions"),
            Determiners = Set(r, "determiners"),
            Honorifics = Set(r, "honorifics"),
            Pronouns = r.GetProperty("pronouns").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
            PersonNouns = Set(r, "person_nouns"),
            CompanyNouns = Set(r, "company_nouns"),
            OrgNouns = Set(r, "org_nouns"),
            OrgSuffixes = Set(r, "org_suffixes"),
            NameStopwords = Set(r, "name_stopwords"),
            Months = Set(r, "months"),
            Weekdays = Set(r, "weekdays"),
            GenericObjectWords = Set(r, "generic_object_words"),
            MaleWords = Set(r, "male_words"),
            ThirdPartyNouns = Set(r, "third_party_nouns"),
            FemaleWords = Set(r, "female_words"),
            Positions = positions,
            InterimModifiers = Set(roles.RootElement, "interim_modifiers"),
            PendingModifiers = Set(roles.RootElement, "pending_modifiers"),
            FormerModifiers = Set(roles.RootElement, "former_modifiers"),
            GenericPositionHeads = Set(roles.RootElement, "generic_heads"),
            PositionIndex = index.ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyList<(string[], PositionName)>)kv.Value.OrderByDescending(x => x.Item1.Length).ToList(),
                StringComparer.Ordinal),
        };
    }
}

/// <summary>A position from roles.json.</summary>
public sealed record PositionName(string Canonical, string[] Variants, bool Singleton, string Kind);
