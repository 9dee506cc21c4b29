using System.Text.Json;
using Chronicle.Domain;

namespace Chronicle.Query.Reading;

/// <summary>A set of phrases, each kept as its stems, found in a list of words longest first.</summary>
public sealed class PhraseSet
{
    /// <summary>A phrase by its stems; an entry written "=closed" also needs that very form ("closed", not "closing").</summary>
    private sealed record Phrase(string[] Stems, string[]? Forms);

    private readonly Dictionary<string, List<Phrase>> _byFirstStem = new(StringComparer.Ordinal);
    /// <summary>Phrases written "!maximum possible": a phrase of the set inside one of them does not count ("the maximum possible sentence").</summary>
    private readonly PhraseSet? _exceptions;

    public PhraseSet(IEnumerable<string> phrases)
    {
        var exceptions = new List<string>();
        foreach (string entry in phrases)
        {
            if (entry.StartsWith('!')) { exceptions.Add(entry[1..]); continue; }
            bool exact = entry.StartsWith('=');
            string phrase = exact ? entry[1..] : entry;
            var stems = Words.Stems(phrase);
            if (stems.Length == 0) continue;
            var forms = exact ? Words.Split(phrase).Select(w => Words.Fold(w.Text)).ToArray() : null;
            if (!_byFirstStem.TryGetValue(stems[0], out var list)) _byFirstStem[stems[0]] = list = [];
            list.Add(new Phrase(stems, forms));
        }
        foreach (var list in _byFirstStem.Values) list.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
        if (exceptions.Count > 0) _exceptions = new PhraseSet(exceptions);
    }

    private bool Excepted(IReadOnlyList<Word> words, int at)
    {
        if (_exceptions is null) return false;
        for (int start = Math.Max(0, at - 3); start <= at; start++)
            if (_exceptions.MatchAt(words, start) is var length && start + length > at) return true;
        return false;
    }

    /// <summary>Whether one of the set's exceptions stands anywhere in the words ("not guilty" for "guilty").</summary>
    public bool AnyException(IReadOnlyList<Word> words) => _exceptions is { } exceptions && exceptions.AnyIn(words, 0, words.Count);

    /// <summary>The length of the longest phrase starting at <paramref name="at"/>, or 0.</summary>
    public int MatchAt(IReadOnlyList<Word> words, int at)
    {
        if (at < 0 || at >= words.Count || !_byFirstStem.TryGetValue(words[at].Stem, out var list)) return 0;
        foreach (var phrase in list)
            if (Words.At(words, at, phrase.Stems) && (phrase.Forms is null || SameForms(words, at, phrase.Forms))) return Excepted(words, at) ? 0 : phrase.Stems.Length;
        return 0;
    }

    private static bool SameForms(IReadOnlyList<Word> words, int at, string[] forms)
    {
        for (int i = 0; i < forms.Length; i++)
            if (Words.Fold(words[at + i].Text) != forms[i]) return false;
        return true;
    }

    /// <summary>Whether a phrase of the set starts anywhere in [from, to).</summary>
    public bool AnyIn(IReadOnlyList<Word> words, int from, int to)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, words.Count); i++)
            if (MatchAt(words, i) > 0) return true;
        return false;
    }

    /// <summary>Where a phrase of the set starts in [from, to), or -1.</summary>
    public int FirstIn(IReadOnlyList<Word> words, int from, int to)
    {
        for (int i = Math.Max(0, from); i < Math.Min(to, words.Count); i++)
            if (MatchAt(words, i) > 0) return i;
        return -1;
    }
}

/// <summary>A state family that is not an office: the words that name it and the words that end it.</summary>
public sealed record StateFamily(string Name, PhraseSet Names, PhraseSet EndedBy)
{
    /// <summary>Something done rather than a state one is in ("deal"): its progressive is under way once announced.</summary>
    public bool Action { get; init; }

    /// <summary>A state that an event claim leaves behind ("has blocked the deal": blocked until cleared), so a later ending outdates the claim.</summary>
    public bool EventLeavesState { get; init; }
}

/// <summary>
/// The claim reader's vocabulary (Resources/reading.json), compiled at load: synonym groups, offices, holder
/// verbs, time cues on titles, endings and state families, future and negation cues.
/// </summary>
public sealed class ReadingLexicon
{
    public static ReadingLexicon Default { get; } = Load(EmbeddedResources.ReadText(typeof(ReadingLexicon).Assembly, "reading.json"));

    /// <summary>Each synonym group by its index; <see cref="Groups"/> finds the groups a stem sequence starts.</summary>
    public IReadOnlyList<PhraseSet> SynonymGroups { get; }
    public IReadOnlyList<string> GroupHeads { get; }
    private readonly PhraseSet _anySynonym;
    public PhraseSet Titles { get; }
    public IReadOnlySet<int> SingletonGroups { get; }
    public IReadOnlySet<int> OnePerHolderGroups { get; }
    public int LeaderGroup { get; }
    public PhraseSet Qualifiers { get; }
    public PhraseSet OfficeChangingQualifiers { get; }
    /// <summary>Stand-in posts that fill a vacancy at once ("interim", "acting"): announced without a later date, they have begun.</summary>
    public PhraseSet StartAtOnceQualifiers { get; }
    public PhraseSet CurrentVerbs { get; }
    public PhraseSet StartVerbs { get; }
    /// <summary>Verbs of appointing ("named", "appointed"): active, their subject appoints; passive, it is appointed.</summary>
    public PhraseSet Appointing { get; }
    public PhraseSet FutureVerbs { get; }
    public PhraseSet PastVerbs { get; }
    public PhraseSet EndedTitleCues { get; }
    public PhraseSet FutureTitleCues { get; }
    /// <summary>Cues after a title that make its holder one to come: "president-elect", "chief executive designate".</summary>
    public PhraseSet FutureAfterTitleCues { get; }
    public PhraseSet OwnEndings { get; }
    public PhraseSet DoneToEndings { get; }
    public PhraseSet CancelCues { get; }

    /// <summary>Verbs of being moved ("flown", "transferred"): followed by "from" and the claim's place, the state placed there has ended.</summary>
    public PhraseSet MovedCues { get; }
    public PhraseSet DeathCues { get; }
    public IReadOnlyList<StateFamily> Families { get; }
    public PhraseSet FutureCues { get; }
    /// <summary>Future cues of a decided plan ("announced", "plans to"), not of a possibility ("may", "in talks").</summary>
    public PhraseSet ArrangedFutureCues { get; }
    public PhraseSet NegationCues { get; }
    /// <summary>Words right before a later date that make it the start of a post ("effective", "from").</summary>
    public PhraseSet StartDateCues { get; }
    /// <summary>Words right before a later date that make it a start when a start verb precedes them ("becomes CEO on").</summary>
    public PhraseSet StartDateAfterVerb { get; }
    public PhraseSet StartDateVerbs { get; }
    /// <summary>"successor", "replacement": who takes a post after its holder.</summary>
    public PhraseSet SuccessorNouns { get; }
    /// <summary>Words before "X's successor" that say the successor is still sought ("search for", "decide on").</summary>
    public PhraseSet SuccessionSearch { get; }
    public IReadOnlySet<string> FunctionWords { get; }
    /// <summary>Which predicate a word names, apart from its tense ("delivery", "delivered"; "flight", "flew").</summary>
    public WordForms Forms { get; }
    /// <summary>Verbs that lend their tense to the noun after them ("took delivery of", "made its first flight").</summary>
    public IReadOnlyList<string> LightVerbs { get; }

    /// <summary>Whether a word is a form of a light verb ("taken", "made", "reached").</summary>
    public bool IsLightVerb(string word) => LightVerbs.Any(v => Forms.Share(word, v));
    /// <summary>Other names of a place, folded: "united kingdom" → uk, britain, british.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PlaceNames { get; }

    private ReadingLexicon(JsonElement root)
    {
        var groups = root.GetProperty("synonyms").EnumerateArray().Select(g => g.EnumerateArray().Select(p => p.GetString()!).ToList()).ToList();
        // Every office title is a group of its own if no synonym group holds it, so claims find it as an office.
        var offices = root.GetProperty("offices");
        groups.AddRange(Strings(offices, "titles").Where(t => GroupIndex(groups, t) < 0).Select(t => new List<string> { t }).ToList());
        SynonymGroups = groups.Select(g => new PhraseSet(g)).ToList();
        GroupHeads = groups.Select(g => g[0]).ToList();
        // An exception ("!not guilty") belongs to its own group only: across all groups, the phrase it excepts is found.
        _anySynonym = new PhraseSet(groups.SelectMany(g => g).Where(p => !p.StartsWith('!')));
        Titles = new PhraseSet(Strings(offices, "titles").SelectMany(t => GroupOf(groups, t)));
        SingletonGroups = Strings(offices, "singleton").Select(t => GroupIndex(groups, t)).Where(i => i >= 0).ToHashSet();
        OnePerHolderGroups = Strings(offices, "one_per_holder").Select(t => GroupIndex(groups, t)).Where(i => i >= 0).ToHashSet();
        LeaderGroup = GroupIndex(groups, "leader");
        Qualifiers = new PhraseSet(Strings(offices, "qualifiers"));
        OfficeChangingQualifiers = new PhraseSet(Strings(offices, "qualifiers_that_change_the_office"));
        StartAtOnceQualifiers = new PhraseSet(Strings(offices, "qualifiers_that_start_at_once"));
        var verbs = root.GetProperty("holder_verbs");
        CurrentVerbs = new PhraseSet(Strings(verbs, "current"));
        StartVerbs = new PhraseSet(Strings(verbs, "start"));
        Appointing = new PhraseSet(GroupOf(groups, "appointed"));
        FutureVerbs = new PhraseSet(Strings(verbs, "future"));
        PastVerbs = new PhraseSet(Strings(verbs, "past"));
        var cues = root.GetProperty("title_time_cues");
        EndedTitleCues = new PhraseSet(Strings(cues, "ended"));
        FutureTitleCues = new PhraseSet(Strings(cues, "future"));
        FutureAfterTitleCues = new PhraseSet(Strings(cues, "future_after"));
        var endings = root.GetProperty("endings");
        OwnEndings = new PhraseSet(Strings(endings, "own"));
        DoneToEndings = new PhraseSet(Strings(endings, "done_to"));
        CancelCues = new PhraseSet(Strings(endings, "cancel"));
        DeathCues = new PhraseSet(Strings(endings, "death"));
        MovedCues = new PhraseSet(Strings(endings, "moved"));
        Families = root.GetProperty("families").EnumerateObject().Where(p => !p.Name.StartsWith('_'))
            .Select(p => new StateFamily(p.Name, new PhraseSet(Strings(p.Value, "names")), new PhraseSet(Strings(p.Value, "ended_by")))
                {
                    Action = p.Value.TryGetProperty("action", out var action) && action.GetBoolean(),
                    EventLeavesState = p.Value.TryGetProperty("event_leaves_state", out var leaves) && leaves.GetBoolean(),
                }).ToList();
        FutureCues = new PhraseSet(Strings(root, "future_cues"));
        ArrangedFutureCues = new PhraseSet(Strings(root.GetProperty("arranged_future_cues"), "cues"));
        NegationCues = new PhraseSet(Strings(root, "negation_cues"));
        var succession = root.GetProperty("succession");
        SuccessorNouns = new PhraseSet(Strings(succession, "successor_nouns"));
        SuccessionSearch = new PhraseSet(Strings(succession, "search"));
        var startDates = root.GetProperty("start_dates");
        StartDateCues = new PhraseSet(Strings(startDates, "cues"));
        StartDateAfterVerb = new PhraseSet(Strings(startDates, "after_verb"));
        StartDateVerbs = new PhraseSet(Strings(startDates, "verbs"));
        var forms = root.GetProperty("word_forms");
        Forms = new WordForms(forms.GetProperty("irregular").EnumerateArray().Select(e => (IReadOnlyList<string>)e.EnumerateArray().Select(x => x.GetString()!).ToList()));
        LightVerbs = Strings(root.GetProperty("light_verbs"), "verbs").ToList();
        FunctionWords = Strings(root, "function_words").Select(Words.Stem).ToHashSet(StringComparer.Ordinal);
        PlaceNames = root.GetProperty("place_names").EnumerateObject().Where(p => !p.Name.StartsWith('_'))
            .ToDictionary(p => p.Name, p => (IReadOnlyList<string>)p.Value.EnumerateArray().Select(x => x.GetString()!).ToList());
    }

    public static ReadingLexicon Load(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return new ReadingLexicon(doc.RootElement.Clone());
    }

    /// <summary>The synonym groups whose longest phrase starts at <paramref name="at"/>, with that length (several groups may share a word).</summary>
    public (int Length, List<int> Groups) GroupsAt(IReadOnlyList<Word> words, int at)
    {
        int longest = _anySynonym.MatchAt(words, at);
        var found = new List<int>();
        if (longest == 0) return (0, found);
        for (int g = 0; g < SynonymGroups.Count; g++)
            if (SynonymGroups[g].MatchAt(words, at) == longest) found.Add(g);
        return (longest, found);
    }

    public bool IsTitleGroup(int group) => Titles.MatchAt(Words.Split(GroupHeads[group]), 0) > 0;

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(x => x.GetString()!) : [];

    private static int GroupIndex(List<List<string>> groups, string phrase) => groups.FindIndex(g => g.Contains(phrase));

    private static IEnumerable<string> GroupOf(List<List<string>> groups, string phrase) =>
        GroupIndex(groups, phrase) is var i and >= 0 ? groups[i] : [phrase];
}
