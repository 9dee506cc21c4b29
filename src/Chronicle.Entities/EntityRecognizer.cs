using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Entities.Recognition;

namespace Chronicle.Entities;

/// <summary>Finds people, organizations, places and works, and chains the mentions of one entity within a document.</summary>
public sealed class EntityRecognizer(NameTagger? tagger = null)
{
    public static EntityRecognizer Default { get; } = new();

    private NameTagger Tagger => tagger ?? NameTagger.Default;

    /// <summary>Mentions in text order; offsets are UTF-16 offsets into <paramref name="text"/>, end exclusive.</summary>
    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<Sentence> sentences)
    {
        var views = new List<TokenView[]>(sentences.Count);
        foreach (var sentence in sentences)
            views.Add(TokenView.Of(NameTokenizer.Tokenize(text, sentence.Start, sentence.End), Gazetteer.Default));
        var mentions = new List<EntityMention>();
        foreach (var name in Tagger.Tag(views))
        {
            if (name.Type == 3) continue;
            var s = views[name.Sentence];
            int start = s[name.FirstToken].Token.Start, end = s[name.LastToken].Token.End;
            string surface = text[start..end];
            var type = name.Type switch { 0 => EntityType.Person, 1 => EntityType.Organization, _ => EntityType.Location };
            mentions.Add(new EntityMention(start, end, surface, type, surface));
        }
        return mentions;
    }
}
