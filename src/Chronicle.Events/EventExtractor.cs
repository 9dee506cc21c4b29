using Chronicle.Domain.Documents;
using Chronicle.Domain.Events;
using Chronicle.Events.Extraction;
using Chronicle.Events.Names;
using Chronicle.Events.Ontology;

namespace Chronicle.Events;

/// <summary>
/// Finds typed events with their arguments, time, modality, polarity and attribution, sentence by sentence,
/// with the trigger patterns and role rules of the event ontology (Resources/ontology.json).
/// </summary>
public sealed class EventExtractor
{
    public static EventExtractor Default { get; } = new(EventOntology.Default, Lexicon.Default);

    private readonly EventOntology _ontology;
    private readonly Lexicon _lexicon;
    private readonly Dictionary<string, List<TriggerPattern>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly DocumentReader _reader;
    private readonly RoleFiller _filler;
    private readonly EventReading _reading;
    private readonly DescriptionFinder _descriptions;

    public EventExtractor(EventOntology ontology, Lexicon lexicon)
    {
        _ontology = ontology;
        _lexicon = lexicon;
        var triggerWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in ontology.Events)
            foreach (var trigger in type.Triggers)
            {
                var pattern = new TriggerPattern(type, trigger);
                foreach (var w in pattern.FirstWords)
                {
                    if (!_byFirstWord.TryGetValue(w, out var list)) _byFirstWord[w] = list = [];
                    list.Add(pattern);
                }
                foreach (var w in pattern.LiteralWords) triggerWords.Add(w);
            }
        _reader = new DocumentReader(lexicon, new NameFinder(lexicon, triggerWords));
        _filler = new RoleFiller(lexicon);
        _reading = new EventReading(lexicon);
        _descriptions = new DescriptionFinder(lexicon);
    }

    public IReadOnlyList<EventMention> Extract(DocumentAnalysis analysis)
    {
        var doc = _reader.Read(analysis);
        var events = new List<EventMention>();
        foreach (var view in doc.Sentences)
        {
            var titles = _descriptions.Titles(doc, view);
            events.AddRange(_descriptions.Described(doc, view, titles));
            events.AddRange(_descriptions.Renames(doc, view));
            events.AddRange(FromTriggers(doc, view, titles));
        }
        return Finish(events);
    }

    private List<EventMention> FromTriggers(DocumentContext doc, SentenceView view, IReadOnlyDictionary<Mention, PositionPhrase> titles)
    {
        var candidates = new List<(EventMention Event, int Start, int End)>();
        var slots = new Dictionary<string, (int From, int To)>();
        for (int i = view.From; i < view.To; i++)
        {
            if (!_byFirstWord.TryGetValue(view.Tokens[i].Lower, out var patterns)) continue;
            foreach (var pattern in patterns)
            {
                int end = pattern.Match(view.Tokens, i, view.To, slots);
                if (end < 0) continue;
                var built = Build(doc, view, pattern, i, end, new Dictionary<string, (int, int)>(slots), titles);
                if (built is not null) candidates.Add((built, i, end));
            }
        }
        // Overlapping matches: the longer pattern wins ("take over as" over "take over").
        var kept = new List<(EventMention Event, int Start, int End)>();
        foreach (var c in candidates.OrderByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
            if (!kept.Any(k => c.Start < k.End && k.Start < c.End)) kept.Add(c);
        return kept.OrderBy(k => k.Start).Select(k => k.Event).ToList();
    }

    private EventMention? Build(DocumentContext doc, SentenceView view, TriggerPattern pattern, int start, int end,
        Dictionary<string, (int, int)> slots, IReadOnlyDictionary<Mention, PositionPhrase> titles)
    {
        var type = pattern.Type;
        var frame = pattern.Definition.Frame;
        if (frame == TriggerFrame.Verb && _reading.IsNounUse(view, start, end)) return null;
        var (clauseStart, opener) = Clauses.StartOf(_lexicon, view, start);
        int clauseEnd = Clauses.EndOf(_lexicon, view, end - 1);
        var voice = frame switch
        {
            TriggerFrame.Verb => _reading.VoiceOf(view, start, end, clauseEnd, _filler),
            TriggerFrame.Noun => Voice.Noun,
            _ => Voice.Intransitive,
        };
        var context = new MatchContext(doc, view, pattern, start, end, slots, voice, clauseStart, opener, clauseEnd);
        var filled = new List<Filled>();
        foreach (var role in type.Roles)
        {
            var values = _filler.Fill(context, role, titles, filled);
            if (values.Count == 0 && role.Required) return null;
            filled.AddRange(values);
        }
        if (!MeetsRequirements(type, view, context, filled)) return null;

        var reading = _reading.Read(context, filled);
        string eventType = type.Type;
        if (type.PendingType is not null && reading.PendingPosition) eventType = type.PendingType;
        var modality = reading.Modality;
        if (reading.PendingPosition && type.PendingType is null && modality == Modality.Asserted) modality = Modality.Expected;

        var arguments = filled.Where(f => f.Value.Length > 0)
            .Select(f => new EventArgument(f.Role, f.Value, view.Text(f.From, Math.Max(f.From + 1, f.To)), view.Tokens[f.From].Start, view.Tokens[Math.Max(f.From, f.To - 1)].End, f.Kind.Name()))
            .ToList();
        if (filled.Any(f => f.Kind == RoleKind.Position) && !filled.Any(f => f.Role == "organization"))
            foreach (var org in doc.Organizations(8))
                arguments.Add(new EventArgument("org_context", org, org, 0, 0, "org"));
        var first = view.Tokens[start];
        var last = view.Tokens[end - 1];
        return new EventMention(eventType, view.SentenceIndex, first.Start, last.End, view.Text(start, end), arguments, reading.Time, modality, reading.Negated, reading.Attribution)
        {
            TimeAnchor = reading.Anchor,
            EvidenceStart = view.StartOffset,
            EvidenceEnd = view.EndOffset,
        };
    }

    private static bool MeetsRequirements(EventTypeDefinition type, SentenceView view, MatchContext context, List<Filled> filled)
    {
        if (type.Requires?.ChargeHeads is { } heads)
        {
            var raw = filled.Where(f => f.Kind == RoleKind.Charge).Select(f => f.Raw ?? "").FirstOrDefault();
            if (raw is null) return false;
            var words = raw.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!words.Any(heads.Contains)) return false;
        }
        if (type.Requires?.DealWords is { } dealWords)
        {
            bool any = false;
            for (int k = context.ClauseStart; k < context.ClauseEnd && !any; k++) any = dealWords.Contains(view.Tokens[k].Lower);
            if (!any) return false;
        }
        return true;
    }

    /// <summary>Undated mentions take the date another mention of the same event in the document gives; exact repeats go.</summary>
    private static List<EventMention> Finish(List<EventMention> events)
    {
        static string? Patient(EventMention e) => e.Arguments.FirstOrDefault(a => a.NamesEntity)?.Value;
        var dated = events.Where(e => e.TimeAnchor == TimeAnchor.Explicit && e.Modality == Modality.Asserted).ToList();
        var result = new List<EventMention>(events.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var current = e;
            if (e.TimeAnchor == TimeAnchor.Undated && e.Modality == Modality.Asserted)
            {
                var twin = dated.FirstOrDefault(d => d.Type == e.Type && Patient(d) is { } p && p == Patient(e));
                if (twin is not null) current = e with { Time = twin.Time, TimeAnchor = TimeAnchor.Explicit };
            }
            string key = $"{current.Type}|{current.EvidenceStart}|{current.Modality}|{string.Join(';', current.Arguments.Where(a => a.Role != "org_context").Select(a => a.Role + "=" + a.Value))}";
            if (seen.Add(key)) result.Add(current);
        }
        return result;
    }
}
