using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Chronicle.Entities.Recognition;

/// <summary>
/// Trained weights: 64-bit feature hashes and one row of label weights each, stored as a gzip'd
/// little-endian binary ("CNER" v1: count, labels, sorted hashes, Half weights) so that loading is a few array copies.
/// </summary>
public sealed class TaggerModel : ILabelScorer
{
    private const uint Magic = 0x52454E43; // "CNER"
    private readonly FeatureTable _table;
    private readonly int _labels;

    public TaggerModel(IReadOnlyDictionary<ulong, float[]> weights, int labels)
    {
        _labels = labels;
        var keys = weights.Keys.Order().ToArray();
        var rows = new float[keys.Length * labels];
        for (int row = 0; row < keys.Length; row++) weights[keys[row]].AsSpan(0, labels).CopyTo(rows.AsSpan(row * labels, labels));
        _table = new FeatureTable(keys, rows, labels);
    }

    private TaggerModel(FeatureTable table, int labels)
    {
        _table = table;
        _labels = labels;
    }

    public int FeatureCount => _table.Count;

    /// <summary>How many labels each feature has a weight for.</summary>
    public int Labels => _labels;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Score(List<ulong> features, Span<float> scores)
    {
        var keys = CollectionsMarshal.AsSpan(features);
        Span<ulong> present = keys.Length <= 64 ? stackalloc ulong[keys.Length] : new ulong[keys.Length];
        int count = 0;
        foreach (var key in keys)
            if (_table.MayContain(key)) present[count++] = key;
        present = present[..count];
        _table.Touch(present);
        foreach (var key in present) _table.AddWeights(key, scores);
    }

    public void Save(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        var (keys, weights) = _table.Rows();
        writer.Write(Magic);
        writer.Write(keys.Length);
        writer.Write(_labels);
        writer.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        var half = new Half[weights.Length];
        for (int i = 0; i < half.Length; i++) half[i] = (Half)weights[i];
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
        return new TaggerModel(new FeatureTable(keys, weights, labels), labels);
    }
}

/// <summary>
/// Feature weights in an open-addressing table whose slots hold the hash and its label weights together, so
/// that a lookup costs one multiply and, mostly, one cache line: the table is far larger than the CPU's
/// nearest caches and the tagger looks up a dozen features a token.
/// </summary>
internal sealed class FeatureTable
{
    public const int MaxLabels = 10;

    [InlineArray(MaxLabels)]
    private struct Weights { private float _first; }

    private struct Slot
    {
        public ulong Key;
        public Weights Weights;
    }

    private readonly Slot[] _slots;
    private readonly int _shift;
    /// <summary>
    /// A blocked Bloom filter over the keys, small enough for the processor's near caches: most features
    /// of a token (rare words, word pairs) are not in the model, and the filter says so without touching the table.
    /// </summary>
    private readonly ulong[] _filter;
    private readonly int _filterShift;
    private readonly int _labels;
    /// <summary>Hash 0 marks an empty slot, so a feature whose hash is 0 is kept apart.</summary>
    private readonly float[]? _zero;

    public FeatureTable(ulong[] keys, float[] rows, int labels)
    {
        if (labels > MaxLabels) throw new ArgumentOutOfRangeException(nameof(labels), $"at most {MaxLabels} labels");
        _labels = labels;
        Count = keys.Length;
        int bits = 4;
        while ((1 << bits) < keys.Length * 2) bits++;
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        int filterBits = 6;
        while ((1L << filterBits) * 64 < (long)keys.Length * FilterBitsPerKey) filterBits++;
        _filter = new ulong[1 << filterBits];
        _filterShift = 64 - filterBits;
        for (int row = 0; row < keys.Length; row++)
        {
            var weights = rows.AsSpan(row * labels, labels);
            _filter[FilterWord(keys[row])] |= FilterMask(keys[row]);
            if (keys[row] == 0) { _zero = weights.ToArray(); continue; }
            int slot = SlotOf(keys[row]);
            while (_slots[slot].Key != 0) slot = (slot + 1) & (_slots.Length - 1);
            _slots[slot].Key = keys[row];
            weights.CopyTo(_slots[slot].Weights);
        }
    }

    public int Count { get; }

    private const int FilterBitsPerKey = 16;

    /// <summary>False when the model certainly has no weights for the key; true for all its keys and about 1% of others.</summary>
    public bool MayContain(ulong key)
    {
        ulong mask = FilterMask(key);
        return (_filter[FilterWord(key)] & mask) == mask;
    }

    private int FilterWord(ulong key) => (int)((key * 0xC2B2AE3D27D4EB4FUL) >> _filterShift);

    private static ulong FilterMask(ulong key)
    {
        ulong h = key * 0x9E3779B97F4A7C15UL;
        return (1UL << (int)(h & 63)) | (1UL << (int)((h >> 6) & 63)) | (1UL << (int)((h >> 12) & 63));
    }

    /// <summary>
    /// Reads the first slot of each key without acting on it: the reads do not depend on one another, so the
    /// processor fetches their cache lines in parallel instead of waiting for each lookup in turn.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Touch(ReadOnlySpan<ulong> keys)
    {
        var slots = _slots;
        ulong seen = 0;
        foreach (var key in keys) seen ^= slots[SlotOf(key)].Key;
        _touched = seen;
    }

    /// <summary>Keeps the reads of <see cref="Touch"/> from being optimized away.</summary>
    private ulong _touched;

    /// <summary>Adds the feature's weights to <paramref name="scores"/>; nothing when the model has none for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddWeights(ulong key, Span<float> scores)
    {
        if (key == 0)
        {
            if (_zero is { } zero) for (int l = 0; l < _labels; l++) scores[l] += zero[l];
            return;
        }
        var slots = _slots;
        int slot = SlotOf(key);
        while (true)
        {
            ref var s = ref slots[slot];
            if (s.Key == key)
            {
                ReadOnlySpan<float> weights = s.Weights;
                for (int l = 0; l < scores.Length && l < _labels; l++) scores[l] += weights[l];
                return;
            }
            if (s.Key == 0) return;
            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    /// <summary>The hashes in ascending order with their weights, row by row.</summary>
    public (ulong[] Keys, float[] Weights) Rows()
    {
        var rows = _slots.Where(s => s.Key != 0).Select(s => (s.Key, Weights: ((ReadOnlySpan<float>)s.Weights)[.._labels].ToArray())).ToList();
        if (_zero is { } zero) rows.Add((0UL, zero));
        rows.Sort((a, b) => a.Key.CompareTo(b.Key));
        return (rows.Select(r => r.Key).ToArray(), rows.SelectMany(r => r.Weights).ToArray());
    }

    private int SlotOf(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
