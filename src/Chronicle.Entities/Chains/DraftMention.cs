using Chronicle.Domain.Entities;

namespace Chronicle.Entities.Chains;

/// <summary>A mention while the recognizer is still deciding its type, chain and role.</summary>
internal sealed class DraftMention
{
    public required int Sentence { get; init; }
    public required int First { get; set; }
    public required int Last { get; set; }
    public required int Start { get; set; }
    public required int End { get; set; }
    public required EntityType Type { get; set; }
    public MentionKind Kind { get; init; } = MentionKind.Name;
    public int Chain { get; set; } = -1;
    public RoleMention? Role { get; set; }
    /// <summary>The article's wording shows the name's type ("Hooli's shareholders", "Mr. Vale"), beyond the tagger's reading (see <see cref="Rules.TypeCues"/>).</summary>
    public bool TypeShown { get; set; }
    /// <summary>The name's words as written, typographic apostrophes and quotes made plain.</summary>
    public string[] Words { get; set; } = [];
    /// <summary>Offset where the name proper starts, after any title ("President").</summary>
    public int CoreStart { get; set; }

    private (EntityType Type, string Key)? _entityKey;

    /// <summary>The name's <see cref="EntityKey"/> as an entity of <paramref name="type"/>, kept for the type last asked.</summary>
    public string EntityKeyAs(EntityType type)
    {
        if (_entityKey is { } known && known.Type == type) return known.Key;
        string key = EntityKey.Of(type, string.Join(' ', Words));
        _entityKey = (type, key);
        return key;
    }

    private string[]? _key;
    /// <summary>The normalized words of the name without titles (see <see cref="NameKey.Words"/>).</summary>
    public string[] Key => _key ??= NameKey.Words(string.Join(' ', Words[NameChainer.CoreRange(Words).First..]));
}
