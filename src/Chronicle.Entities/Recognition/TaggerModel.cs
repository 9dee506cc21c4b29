using System.Runtime.CompilerServices;
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
    private readonly FeatureTable _rows;
    private readonly float[] _weights;
    private readonly int _labels;

    public TaggerModel(IReadOnlyDictionary<ulong, float[]> weights, int labels)
    {
        _labels = labels;
        _weights = new float[weights.Count * labels];
        var keys = weights.Keys.Order().ToArray();
        _rows = new FeatureTable(keys);
        int row = 0;
        foreach (var key in keys)
        {
            var values = weights[key];
            values.AsSpan().CopyTo(_weights.AsSpan(row * labels, labels));
            row++;
        }
    }

    private TaggerModel(FeatureTable rows, float[] weights, int labels)
    {
        _rows = rows;
        _weights = weights;
        _labels = labels;
    }

    public int FeatureCount => _rows.Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(List<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            int row = _rows.RowOf(f);
            if (row < 0) continue;
            var w = _weights.AsSpan(row * _labels, _labels);
            for (int l = 0; l < _labels; l++) scores[l] += w[l];
        }
    }

    public void Save(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        var keys = _rows.Keys;
        writer.Write(Magic);
        writer.Write(keys.Length);
        writer.Write(_labels);
        writer.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        var half = new Half[_weights.Length];
        for (int i = 0; i < half.Length; i++) half[i] = (Half)_weights[i];
        writer.Write(MemoryMarshal.AsBytes(half.AsSpan()));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        return new TaggerModel(new FeatureTable(keys), weights, labels);
    }
}

/// <summary>Row numbers of feature hashes in an open-addressing table: one multiply and, mostly, one probe per lookup.</summary>
internal sealed class FeatureTable
{
    private readonly ulong[] _slots;
    private readonly int[] _rows;
    private readonly int _shift;

    /// <summary>The hashes in row order.</summary>
    public ulong[] Keys { get; }

    public FeatureTable(ulong[] keys)
    {
        Keys = keys;
        int bits = 4;
        while ((1 << bits) < keys.Length * 2) bits++;
        _slots = new ulong[1 << bits];
        _rows = new int[1 << bits];
        _shift = 64 - bits;
        for (int row = 0; row < keys.Length; row++)
        {
            int slot = Slot(keys[row]);
            while (_rows[slot] != 0) slot = (slot + 1) & (_slots.Length - 1);
            _slots[slot] = keys[row];
            _rows[slot] = row + 1;
        }
    }

    public int Count => Keys.Length;

    /// <summary>The row of a feature, or -1 when the model has no weights for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int RowOf(ulong key)
    {
        int slot = Slot(key);
        while (true)
        {
            int row = _rows[slot];
            if (row == 0) return -1;
            if (_slots[slot] == key) return row - 1;
            slot = (slot + 1) & (_slots.Length - 1);
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
