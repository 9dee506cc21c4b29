namespace Chronicle.Entities.Recognition;

/// <summary>Scores the labels of one token in its sentence; <see cref="SequenceTagger"/> decides with the scores.</summary>
public interface ITokenScorer
{
    /// <summary>Called once per sentence before its tokens are scored.</summary>
    void StartSentence(TokenView[] sentence);

    void Score(TokenView[] sentence, int i, int prev, int prev2, bool shouting, DocumentEvidence doc, Span<float> scores);
}

/// <summary>Extracts every feature of a token and scores them; the features stay readable for learning.</summary>
public sealed class ExtractingScorer(ILabelScorer scorer) : ITokenScorer
{
    public List<ulong> Features { get; } = new(64);

    public void StartSentence(TokenView[] sentence) { }

    public void Score(TokenView[] sentence, int i, int prev, int prev2, bool shouting, DocumentEvidence doc, Span<float> scores)
    {
        Recognition.Features.Extract(sentence, i, prev, prev2, shouting, doc, Features);
        scorer.Score(Features, scores);
    }
}

/// <summary>
/// Scores tokens with a trained, frozen model. Most features depend on one word alone (the word's own, and
/// what it gives its neighbours), so their weights are summed once per distinct word and kept per thread;
/// token by token only the features that tie a word to its context and to the labels before it are looked
/// up. Same features as <see cref="Features.Extract"/>, so the same scores up to float rounding.
/// </summary>
public sealed class TokenScorer : ITokenScorer
{
    /// <summary>The word itself, the word as each <see cref="Neighbour"/> of the token being scored, then the word after an O.</summary>
    private const int Parts = 6;
    private const int AfterOutside = 5;
    private const int MaxCachedWords = 200_000;

    private readonly TaggerModel _model;
    private readonly int _labels;
    private readonly float[] _pastEnds;
    private readonly float[] _byLabels;
    private readonly ThreadLocal<State> _state;

    public TokenScorer(TaggerModel model)
    {
        _model = model;
        _labels = model.Labels;
        var features = new List<ulong>();
        _pastEnds = new float[Parts * _labels];
        foreach (var position in Enum.GetValues<Neighbour>())
        {
            features.Clear();
            Features.OfNeighbour(position, null, features);
            model.Score(features, Part(_pastEnds, 1 + (int)position));
        }
        // Labels run from -1 (before the sentence) to Labels.Count - 1.
        _byLabels = new float[(_labels + 1) * (_labels + 1) * _labels];
        for (int prev2 = -1; prev2 < _labels; prev2++)
            for (int prev = -1; prev < _labels; prev++)
            {
                features.Clear();
                Features.OfLabels(prev, prev2, features);
                model.Score(features, _byLabels.AsSpan(((prev2 + 1) * (_labels + 1) + prev + 1) * _labels, _labels));
            }
        _state = new ThreadLocal<State>(() => new State());
    }

    public void StartSentence(TokenView[] sentence)
    {
        var state = _state.Value!;
        if (state.Sentence.Length < sentence.Length) state.Sentence = new float[sentence.Length * 2][];
        // Filled as tokens are scored: most plain words are not scored, and are looked up only as a scored token's neighbours.
        Array.Clear(state.Sentence, 0, sentence.Length);
    }

    public void Score(TokenView[] sentence, int i, int prev, int prev2, bool shouting, DocumentEvidence doc, Span<float> scores)
    {
        var state = _state.Value!;
        var own = WordAt(state, sentence, i);
        Add(scores, Part(own, 0));
        Add(scores, Part(i > 0 ? WordAt(state, sentence, i - 1) : _pastEnds, 1 + (int)Neighbour.Previous));
        Add(scores, Part(i > 1 ? WordAt(state, sentence, i - 2) : _pastEnds, 1 + (int)Neighbour.SecondPrevious));
        Add(scores, Part(i + 1 < sentence.Length ? WordAt(state, sentence, i + 1) : _pastEnds, 1 + (int)Neighbour.Next));
        Add(scores, Part(i + 2 < sentence.Length ? WordAt(state, sentence, i + 2) : _pastEnds, 1 + (int)Neighbour.SecondNext));
        Add(scores, _byLabels.AsSpan(((prev2 + 1) * (_labels + 1) + prev + 1) * _labels, _labels));
        state.Features.Clear();
        // Most tokens follow an O, so the word's features after an O are among its cached scores.
        if (prev == Labels.Outside) Add(scores, Part(own, AfterOutside));
        else Features.AfterLabel(prev, sentence[i], state.Features);
        Features.InContext(sentence, i, shouting, doc, state.Features);
        _model.Score(state.Features, scores);
    }

    private float[] WordAt(State state, TokenView[] sentence, int i) => state.Sentence[i] ??= WordScores(state, sentence[i]);

    /// <summary>The word's own scores and its scores as each neighbour, from the cache or computed once.</summary>
    private float[] WordScores(State state, TokenView word)
    {
        // The form fixes the lower case and the shapes; list matches depend on the words around, so they are part of the key.
        string key = word.Lists is { } lists ? word.Form + "\u0001" + string.Join('\u0001', lists) : word.Form;
        if (state.Words.TryGetValue(key, out var cached)) return cached;
        var scores = new float[Parts * _labels];
        var features = state.Features;
        features.Clear();
        Features.Word(word, features);
        _model.Score(features, Part(scores, 0));
        foreach (var position in Enum.GetValues<Neighbour>())
        {
            features.Clear();
            Features.OfNeighbour(position, word, features);
            _model.Score(features, Part(scores, 1 + (int)position));
        }
        features.Clear();
        Features.AfterLabel(Labels.Outside, word, features);
        _model.Score(features, Part(scores, AfterOutside));
        if (state.Words.Count >= MaxCachedWords) state.Words.Clear();
        state.Words[key] = scores;
        return scores;
    }

    private Span<float> Part(float[] scores, int part) => scores.AsSpan(part * _labels, _labels);

    private static void Add(Span<float> scores, ReadOnlySpan<float> part)
    {
        for (int l = 0; l < scores.Length; l++) scores[l] += part[l];
    }

    private sealed class State
    {
        public readonly Dictionary<string, float[]> Words = new(StringComparer.Ordinal);
        public readonly List<ulong> Features = new(32);
        public float[][] Sentence = new float[64][];
    }
}
