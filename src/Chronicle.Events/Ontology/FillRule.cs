namespace Chronicle.Events.Ontology;

/// <summary>
/// One way to fill a role, as a role's "fill" list in Resources/ontology.json writes it, parsed once at load
/// (<see cref="Extraction.RoleFiller"/> executes it). A rule written "rule@voice" applies only in that voice; some
/// rules name their voice in their own name ("subject.active", "subject.passive.deal").
/// </summary>
public abstract record FillRule(Voice? OnlyIn)
{
    /// <summary>"slot": the span the trigger pattern's {role} slot captured.</summary>
    public sealed record Slot(Voice? OnlyIn = null) : FillRule(OnlyIn);
    /// <summary>"subject", "subject.active", "subject.passive": the clause subject before the trigger.</summary>
    public sealed record Subject(Voice? OnlyIn = null) : FillRule(OnlyIn);
    /// <summary>"inside": a non-person entity named within the trigger itself.</summary>
    public sealed record InsideTrigger(Voice? OnlyIn = null) : FillRule(OnlyIn);
    /// <summary>"object.entity", "object.active": the entity right after the trigger.</summary>
    public sealed record DirectObject(Voice? OnlyIn = null) : FillRule(OnlyIn);
    /// <summary>"object.phrase": the phrase after the trigger (after a passive verb, only a position's few words).</summary>
    public sealed record ObjectPhrase(Voice? OnlyIn = null) : FillRule(OnlyIn);
    /// <summary>"subject.phrase": the phrase before a passive trigger.</summary>
    public sealed record SubjectPhrase(Voice? OnlyIn = Voice.Passive) : FillRule(OnlyIn);
    /// <summary>"object.deal": the company a deal after an active trigger is for.</summary>
    public sealed record DealObject(Voice? OnlyIn = null) : FillRule(OnlyIn);
    /// <summary>"subject.passive.deal": the company a deal before a passive trigger is for.</summary>
    public sealed record DealSubject(Voice? OnlyIn = Voice.Passive) : FillRule(OnlyIn);
    /// <summary>"possessor": "X's" before the trigger.</summary>
    public sealed record Possessor(Voice? OnlyIn = null) : FillRule(OnlyIn);
    /// <summary>"mention": any entity of the role's kind in the sentence.</summary>
    public sealed record AnyMention(Voice? OnlyIn = null) : FillRule(OnlyIn);
    /// <summary>"title": the title written before the name of the entity filled first.</summary>
    public sealed record Title(Voice? OnlyIn = null) : FillRule(OnlyIn);
    /// <summary>"const:VALUE": always this value.</summary>
    public sealed record Constant(string Value, Voice? OnlyIn = null) : FillRule(OnlyIn);
    /// <summary>"prep:X" (right after the trigger) or "prep*:X" (anywhere in the clause): what follows the preposition X.</summary>
    public sealed record Preposition(string Word, bool AnywhereInClause, Voice? OnlyIn = null) : FillRule(OnlyIn);

    public bool AppliesIn(Voice voice) => OnlyIn is null || OnlyIn == voice;

    /// <summary>Parses one rule; null with <paramref name="error"/> set when it is not a rule.</summary>
    public static FillRule? Parse(string text, out string? error)
    {
        error = null;
        string rule = text;
        Voice? suffix = null;
        int at = text.IndexOf('@');
        if (at > 0)
        {
            if (!OntologyTerms.TryVoice(text[(at + 1)..], out var voice)) { error = $"unknown voice '{text[(at + 1)..]}' in fill rule '{text}'"; return null; }
            suffix = voice;
            rule = text[..at];
        }
        FillRule? parsed = rule switch
        {
            "slot" => new Slot(),
            "subject" => new Subject(),
            "subject.active" => new Subject(Voice.Active),
            "subject.passive" => new Subject(Voice.Passive),
            "inside" => new InsideTrigger(),
            "object.entity" => new DirectObject(),
            "object.active" => new DirectObject(Voice.Active),
            "object.phrase" => new ObjectPhrase(),
            "subject.phrase" => new SubjectPhrase(),
            "object.deal" => new DealObject(),
            "subject.passive.deal" => new DealSubject(),
            "possessor" => new Possessor(),
            "mention" => new AnyMention(),
            "title" => new Title(),
            _ when rule.StartsWith("const:", StringComparison.Ordinal) && rule.Length > 6 => new Constant(rule[6..]),
            _ when rule.StartsWith("prep:", StringComparison.Ordinal) && rule.Length > 5 => new Preposition(rule[5..], AnywhereInClause: false),
            _ when rule.StartsWith("prep*:", StringComparison.Ordinal) && rule.Length > 6 => new Preposition(rule[6..], AnywhereInClause: true),
            _ => null,
        };
        if (parsed is null) { error = $"unknown fill rule '{text}'"; return null; }
        if (suffix is null) return parsed;
        if (parsed.OnlyIn is { } own && own != suffix) { error = $"fill rule '{text}' names two voices"; return null; }
        return parsed with { OnlyIn = suffix };
    }
}
