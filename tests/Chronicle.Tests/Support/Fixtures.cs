namespace Chronicle.Tests.Support;

public static class Fixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The seed page, as bundled in samples/.</summary>
    public static string SeedPath => Path.Combine(Folder, "samples", "2023-04-20_rust-charges-dropped.txt");

    public static string SamplesFolder => Path.Combine(Folder, "samples");
}
