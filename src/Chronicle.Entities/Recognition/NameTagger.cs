using Chronicle.Domain;

namespace Chronicle.Entities.Recognition;

/// <summary>A name found by the tagger: token range within a sentence and its CoNLL type (0 PER, 1 ORG, 2 LOC, 3 MISC).</summary>
public readonly record struct TaggedName(int Sentence, int FirstToken, int LastToken, int Type);

/// <summary>Runs the trained sequence model over a document's sentences and reads the names off the BIO labels.</summary>
public sealed class NameTagger(TaggerModel model)
{
    private readonly TokenScorer _scorer = new(model);

    public const string ModelResource = "ner-model.bin.gz";

    private static readonly Lazy<NameTagger> Embedded = new(() =>
    {
        using var stream = typeof(NameTagger).Assembly.GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"The tagger model {ModelResource} is not embedded; train it with tools/ner-train.");
        return new NameTagger(TaggerModel.Load(stream));
    });

    public static NameTagger Default => Embedded.Value;

    public List<TaggedName> Tag(IReadOnlyList<TokenView[]> sentences, DocumentEvidence? evidence = null)
    {
        var labels = SequenceTagger.Tag(sentences, _scorer, plainWordsOutside: true, doc: evidence);
        var names = new List<TaggedName>();
        for (int s = 0; s < labels.Length; s++)
        {
            int start = -1, type = -1;
            for (int i = 0; i <= labels[s].Length; i++)
            {
                int label = i < labels[s].Length ? labels[s][i] : Labels.Outside;
                if (start >= 0 && !(Labels.IsInside(label) && Labels.TypeOf(label) == type))
                {
                    names.Add(new TaggedName(s, start, i - 1, type));
                    start = -1;
                }
                if (Labels.IsBegin(label)) { start = i; type = Labels.TypeOf(label); }
            }
        }
        return names;
    }
}
