using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Chronicle.Entities.Recognition;

/// <summary>
/// Trained weights: sorted 64-bit feature hashes and one row of label weights each, stored as a gzip'd
/// little-endian binary ("CNER" v1: count, hashes, Half weights) so that loading is a few array copies.
/// </summary>
public sealed class TaggerModel : ILabelScorer
{
    private const uint Magic = 0x52454E43; // "CNER"
    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;
    private readonly int _labels;

    public TaggerModel(IReadOnlyDictionary<ulong, float[]> weights, int labels)
    {
        _labels = labels;
        _rows = new Dictionary<ulong, int>(weights.Count);
        _weights = new float[weights.Count * labels];
        int row = 0;
        foreach (var (key, values) in weights.OrderBy(p => p.Key))
        {
            _rows[key] = row;
            values.AsSpan().CopyTo(_weights.AsSpan(row * labels, labels));
            row++;
        }
    }

    private TaggerModel(Dictionary<ulong, int> rows, float[] weights, int labels)
    {
        _rows = rows;
        _weights = weights;
        _labels = labels;
    }

    public int FeatureCount => _rows.Count;

    public void Score(List<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (!_rows.TryGetValue(f, out int row)) continue;
            var w = _weights.AsSpan(row * _labels, _labels);
            for (int l = 0; l < _labels; l++) scores[l] += w[l];
        }
    }

    public void Save(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        var keys = _rows.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        writer.Write(Magic);
        writer.Write(keys.Length);
        writer.Write(_labels);
        writer.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        var half = new Half[_weights.Length];
        for (int i = 0; i < half.Length; i++) half[i] = (Half)_weights[i];
        writer.Write(MemoryMarshal.AsBytes(half.AsSpan()));
    }

    public static TaggerModel Load(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadUInt32() != Magic) throw new InvalidDataException("not a Chronicle tagger model");
        int count = reader.ReadInt32(), labels = reader.ReadInt32();
        var keys = new ulong[count];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var half = new Half[count * labels];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(half.AsSpan()));
        var weights = new float[half.Length];
        for (int i = 0; i < half.Length; i++) weights[i] = (float)half[i];
        var rows = new Dictionary<ulong, int>(count);
        for (int i = 0; i < count; i++) rows[keys[i]] = i;
        return new TaggerModel(rows, weights, labels);
    }
}
