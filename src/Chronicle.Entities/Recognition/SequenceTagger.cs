using System.Runtime.CompilerServices;
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[][] Tag(IReadOnlyList<TokenView[]> sentences, ILabelScorer scorer, int[][]? gold = null, Mistake? learn = null)
    {
        var doc = new DocumentEvidence(sentences);
        var result = new int[sentences.Count][];
        var features = new List<ulong>(64);
        Span<float> scores = stackalloc float[Labels.Count];
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            bool shouting = DocumentEvidence.IsAllCaps(s);
            var labels = result[si] = new int[s.Length];
            int prev = -1, prev2 = -1;
            for (int i = 0; i < s.Length; i++)
            {
                Features.Extract(s, i, prev, prev2, shouting, doc, features);
                scores.Clear();
                scorer.Score(features, scores);
                int best = Best(scores, prev < 0 ? Labels.Outside : prev);
                if (learn is not null && gold is not null && gold[si][i] != best) learn(features, gold[si][i], best);
                labels[i] = best;
                doc.Record(s[i].Form, best);
                prev2 = prev;
                prev = best;
            }
        }
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
