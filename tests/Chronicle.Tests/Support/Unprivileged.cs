using System.Diagnostics;

namespace Chronicle.Tests.Support;

/// <summary>
/// Runs the built `chronicle` as the unprivileged user nobody (root reads every folder, so permission faults
/// need another user). Skipped, saying so, where the tests do not run as root or setpriv is missing.
/// </summary>
public static class Unprivileged
{
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static Cli.Result Run(params string[] args)
    {
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/setpriv"))
            throw new SkipException("SKIPPED: permission tests need root (to switch to the user nobody) and setpriv");
        if (!OthersCanRun(Dll))
            throw new SkipException($"SKIPPED: permission tests run the CLI as nobody, who cannot read {Dll} (a folder above it is private)");
        return Start("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Dll, .. args]).Finish();
    }

    /// <summary>Whether a user other than the owner can reach and read a file: every folder above it searchable by others.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static bool OthersCanRun(string file)
    {
        if ((File.GetUnixFileMode(file) & UnixFileMode.OtherRead) == 0) return false;
        for (var folder = new DirectoryInfo(System.IO.Path.GetDirectoryName(file)!); folder is not null; folder = folder.Parent)
            if ((folder.UnixFileMode & UnixFileMode.OtherExecute) == 0) return false;
        return true;
    }

    private static string Dll => System.IO.Path.Combine(AppContext.BaseDirectory, "chronicle.dll");

    /// <summary>Starts the built `chronicle` as its own process (as the current user); Finish waits for it.</summary>
    public static Process StartChronicle(params string[] args) => Start("dotnet", [Dll, .. args]);

    private static Process Start(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_HOME"] = "/tmp";
        start.Environment["HOME"] = "/tmp";
        return Process.Start(start)!;
    }

    public static Cli.Result Finish(this Process process)
    {
        using var _ = process;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new Cli.Result(process.ExitCode, output.Result, error);
    }

    /// <summary>Lets nobody into a test folder (temp folders are created private to root).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static void Open(string folder) => File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
}
