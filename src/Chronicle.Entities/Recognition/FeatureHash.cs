using System.Runtime.CompilerServices;
namespace Chronicle.Entities.Recognition;

/// <summary>Deterministic 64-bit FNV-1a hashing of feature templates and their values, without building strings.</summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    public static ulong Of(int template) => Mix(Offset, template);

    public static ulong Of(int template, ReadOnlySpan<char> value) => Add(Of(template), value);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Add(Mix(Of(template, a), '|'), b);

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) =>
        Add(Mix(Of(template, a, b), '|'), c);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Add(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (char c in value) hash = Mix(hash, c);
        return hash;
    }

    private static ulong Mix(ulong hash, int value)
    {
        hash ^= (uint)value & 0xFF; hash *= Prime;
        hash ^= ((uint)value >> 8) & 0xFF; hash *= Prime;
        return hash;
    }
}
