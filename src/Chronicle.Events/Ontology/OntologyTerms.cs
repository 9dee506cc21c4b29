namespace Chronicle.Events.Ontology;

/// <summary>What an effect does to its relation's state: start it, end it, or say it holds.</summary>
public enum EffectOp { Open, Close, Affirm }

/// <summary>How a trigger's voice is read: "verb" (active or passive, from the auxiliaries), "intransitive" (the clause
/// subject is the patient), "noun" (patient from "of X", "X's" or the clause subject), "phrase" (only slots and prepositions).</summary>
public enum TriggerFrame { Verb, Intransitive, Noun, Phrase }

/// <summary>What a role holds. Person, org and entity roles name entities; the others hold phrases or values.</summary>
public enum RoleKind { Person, Org, Entity, Charge, Position, Sentence, Amount, Time }

/// <summary>The voice a trigger was read in; a fill rule may apply in one voice only ("subject@intransitive").</summary>
public enum Voice { Active, Passive, Intransitive, Noun }

/// <summary>The ontology's spellings of its terms (the same words are stored as argument kinds).</summary>
public static class OntologyTerms
{
    private static readonly Dictionary<string, EffectOp> Ops = new(StringComparer.Ordinal)
    {
        ["open"] = EffectOp.Open, ["close"] = EffectOp.Close, ["affirm"] = EffectOp.Affirm,
    };

    private static readonly Dictionary<string, TriggerFrame> Frames = new(StringComparer.Ordinal)
    {
        ["verb"] = TriggerFrame.Verb, ["intransitive"] = TriggerFrame.Intransitive, ["noun"] = TriggerFrame.Noun, ["phrase"] = TriggerFrame.Phrase,
    };

    private static readonly Dictionary<string, RoleKind> Kinds = Enum.GetValues<RoleKind>().ToDictionary(Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, Voice> Voices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["active"] = Voice.Active, ["passive"] = Voice.Passive, ["intransitive"] = Voice.Intransitive, ["noun"] = Voice.Noun,
    };

    public static bool TryOp(string? text, out EffectOp op) => Ops.TryGetValue(text ?? "", out op);
    public static bool TryFrame(string? text, out TriggerFrame frame) => Frames.TryGetValue(text ?? "", out frame);
    public static bool TryKind(string? text, out RoleKind kind) => Kinds.TryGetValue(text ?? "", out kind);
    public static bool TryVoice(string? text, out Voice voice) => Voices.TryGetValue(text ?? "", out voice);

    /// <summary>The kind as the ontology writes it and event arguments store it ("person", "org", ...).</summary>
    public static string Name(this RoleKind kind) => kind switch
    {
        RoleKind.Person => "person",
        RoleKind.Org => "org",
        RoleKind.Entity => "entity",
        RoleKind.Charge => "charge",
        RoleKind.Position => "position",
        RoleKind.Sentence => "sentence",
        RoleKind.Amount => "amount",
        RoleKind.Time => "time",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool NamesEntity(this RoleKind kind) => kind is RoleKind.Person or RoleKind.Org or RoleKind.Entity;
}
