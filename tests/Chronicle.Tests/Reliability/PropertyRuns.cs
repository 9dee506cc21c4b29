using CsCheck;

namespace Chronicle.Tests.Reliability;

/// <summary>
/// How every property test runs, so CI is deterministic: the cases that once broke the property (regressions, as
/// values or as the CsCheck seeds that showed them), then a fixed draw from the property's own generator (a PCG with a
/// fixed seed, the same cases on every run), and only when CHRONICLE_PROPERTY_EXPLORE=N is set, N random cases
/// (CsCheck, shrunk on failure, the failing seed reported) for exploring by hand.
/// </summary>
public static class PropertyRuns
{
    public const string ExploreVariable = "CHRONICLE_PROPERTY_EXPLORE";

    /// <summary>The seed of the fixed draw; changing it changes the cases CI runs.</summary>
    private const ulong FixedDrawSeed = 20261203;

    /// <summary>Random cases to add to each property, 0 unless CHRONICLE_PROPERTY_EXPLORE=N asks for them.</summary>
    public static int Explore =>
        int.TryParse(Environment.GetEnvironmentVariable(ExploreVariable), out int n) && n > 0 ? n : 0;

    public static void Check<T>(Gen<T> gen, Action<T> property, int fixedCases, IEnumerable<T>? regressions = null, IEnumerable<string>? regressionSeeds = null)
    {
        foreach (var value in regressions ?? []) Run(property, value, $"regression {value}");
        foreach (string seed in regressionSeeds ?? []) Run(property, gen.Single(_ => true, seed), $"regression seed {seed}");
        var draw = new PCG(1, FixedDrawSeed);
        for (int i = 0; i < fixedCases; i++) Run(property, gen.Generate(draw, null!, out _), $"fixed case {i}");
        if (Explore > 0) gen.Sample(property, iter: Explore, threads: 1);
    }

    private static void Run<T>(Action<T> property, T value, string which)
    {
        try { property(value); }
        catch (Exception e) { throw new Exception($"{which}: {e.Message}", e); }
    }
}
