using Chronicle.Events.Ontology;

namespace Chronicle.Events.Names;

public enum MentionKind { Person, Org, Location, Unknown }

/// <summary>
/// A reference to an entity in a sentence, over tokens [From, To): a name, a pronoun or a definite description
/// ("the actor"), with the canonical name it resolves to in the document.
/// </summary>
public sealed class Mention(int from, int to, string canonical, MentionKind kind)
{
    public int From { get; } = from;
    public int To { get; set; } = to;
    public string Canonical { get; set; } = canonical;
    public MentionKind Kind { get; set; } = kind;
    public bool Possessive { get; set; }
    public bool IsPronoun { get; init; }
    public bool IsDescription { get; init; }
    public bool IsName => !IsPronoun && !IsDescription;

    public bool Fits(RoleKind roleKind) => roleKind switch
    {
        RoleKind.Person => Kind is MentionKind.Person or MentionKind.Unknown,
        RoleKind.Org => Kind is MentionKind.Org or MentionKind.Unknown,
        _ => true,
    };

    public override string ToString() => $"{Canonical}[{From},{To}){Kind}";
}
