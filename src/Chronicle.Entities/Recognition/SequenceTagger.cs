namespace Chronicle.Entities.Recognition;

/// <summary>Scores labels for a set of features (the trained model at run time, the learning weights in training).</summary>
public interface ILabelScorer
{
    void Score(List<ulong> features, Span<float> scores);
}

/// <summary>
/// Greedy left-to-right BIO tagging of a whole document, sentence by sentence, so that later sentences see
/// what was decided about the same words earlier. Training runs the same loop and learns from its mistakes.
/// </summary>
public static class SequenceTagger
{
    public delegate void Mistake(List<ulong> features, int gold, int predicted);

    /// <summary>Tags with any scorer; with <paramref name="learn"/>, reports each token whose label differs from <paramref name="gold"/>.</summary>
    public static int[][] Tag(IReadOnlyList<TokenView[]> sentences, ILabelScorer scorer, int[][]? gold = null, Mistake? learn = null)
    {
        var extracting = new ExtractingScorer(scorer);
        return Tag(sentences, extracting, learn is null || gold is null ? null : (si, i, best) =>
        {
            if (gold[si][i] != best) learn(extracting.Features, gold[si][i], best);
        });
    }

    /// <param name="decided">Called with (sentence, token, label) as each label is decided.</param>
    /// <param name="plainWordsOutside">
    /// Label a lower-case word or a token without letters (<see cref="TokenView.IsPlainWord"/>) that follows an O as
    /// O without scoring it; three tokens in four are such. Only a B- label could compete there, and the trained
    /// model seldom gives one: to none of the 820,456 such tokens of 2,000 generated news pages (bench/entities),
    /// to 4 in CoNLL-2003 dev, 1 of them right ("interior ministry"), so dev F1 stays 0.9234.
    /// </param>
    /// <param name="doc">The document's evidence when the caller has it already; it records the labels decided here.</param>
    public static int[][] Tag(IReadOnlyList<TokenView[]> sentences, ITokenScorer scorer, Action<int, int, int>? decided = null, bool plainWordsOutside = false,
        DocumentEvidence? doc = null)
    {
        doc ??= new DocumentEvidence(sentences);
        var result = new int[sentences.Count][];
        Span<float> scores = stackalloc float[Labels.Count];
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            bool shouting = DocumentEvidence.IsAllCaps(s);
            var labels = result[si] = new int[s.Length];
            scorer.StartSentence(s);
            int prev = -1, prev2 = -1;
            for (int i = 0; i < s.Length; i++)
            {
                if (plainWordsOutside && prev == Labels.Outside && s[i].IsPlainWord)
                {
                    decided?.Invoke(si, i, Labels.Outside);
                    labels[i] = Labels.Outside;
                    prev2 = prev;
                    continue;
                }
                scores.Clear();
                scorer.Score(s, i, prev, prev2, shouting, doc, scores);
                int best = Best(scores, prev < 0 ? Labels.Outside : prev);
                decided?.Invoke(si, i, best);
                labels[i] = best;
                doc.Record(s[i].Form, best);
                prev2 = prev;
                prev = best;
            }
        }
        return result;
    }

    private static int Best(Span<float> scores, int previous)
    {
        int best = Labels.Outside;
        float bestScore = float.NegativeInfinity;
        for (int l = 0; l < scores.Length; l++)
        {
            if (!Labels.Allowed(previous, l)) continue;
            if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
        }
        return best;
    }
}
