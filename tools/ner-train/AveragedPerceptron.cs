using Chronicle.Entities.Recognition;

namespace Chronicle.Tools.NerTrain;

/// <summary>A multiclass perceptron with lazily averaged weights; rows exist only for features that were ever updated.</summary>
public sealed class AveragedPerceptron(int labels) : ILabelScorer
{
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly List<float> _weights = [], _totals = [];
    private readonly List<int> _stamps = [];
    private int _instances;

    public void Score(List<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            for (int l = 0; l < labels; l++) scores[l] += _weights[row * labels + l];
        }
    }

    /// <summary>Counts one training token, so that averaging weighs weights by how long they stood.</summary>
    public void Tick() => _instances++;

    public void Update(List<ulong> features, int gold, int predicted)
    {
        foreach (var f in features)
        {
            int row = RowOf(f);
            Bump(row * labels + gold, 1f);
            Bump(row * labels + predicted, -1f);
        }
    }

    private void Bump(int index, float delta)
    {
        _totals[index] += (_instances - _stamps[index]) * _weights[index];
        _stamps[index] = _instances;
        _weights[index] += delta;
    }

    private int RowOf(ulong feature)
    {
        if (_rows.TryGetValue(feature, out int row)) return row;
        row = _rows.Count;
        _rows[feature] = row;
        for (int l = 0; l < labels; l++) { _weights.Add(0); _totals.Add(0); _stamps.Add(0); }
        return row;
    }

    /// <summary>The averaged weights, dropping features whose every weight is negligible.</summary>
    public Dictionary<ulong, float[]> Average(float prune)
    {
        var averaged = new Dictionary<ulong, float[]>();
        foreach (var (feature, row) in _rows)
        {
            var values = new float[labels];
            float max = 0;
            for (int l = 0; l < labels; l++)
            {
                int i = row * labels + l;
                float total = _totals[i] + (_instances - _stamps[i]) * _weights[i];
                values[l] = total / Math.Max(1, _instances);
                max = Math.Max(max, Math.Abs(values[l]));
            }
            if (max >= prune) averaged[feature] = values;
        }
        return averaged;
    }
}
