using System.Diagnostics;

namespace Chronicle.Tests.Support;

/// <summary>
/// A small tmpfs the test mounts itself (needs root and mount), for real disk-full and read-only file systems.
/// Tests using it are skipped, saying so, where the machine does not allow mounting.
/// </summary>
public sealed class ScratchMount : IDisposable
{
    private readonly TempFolder _parent = new();

    public string Path { get; }

    private ScratchMount(int kilobytes)
    {
        Path = _parent.File("mnt");
        Directory.CreateDirectory(Path);
        if (!RunMount($"-t tmpfs -o size={kilobytes}k,mode=0777 tmpfs {Path}"))
            throw new SkipException($"SKIPPED: cannot mount a tmpfs here (needs root and mount); run as root to test disk-full and read-only file systems");
    }

    public static ScratchMount Create(int kilobytes) => new(kilobytes);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void MakeReadOnly() => Assert.True(RunMount($"-o remount,ro {Path}"), "remount read-only failed");

    public void Dispose()
    {
        RunMount(null, umount: true);
        _parent.Dispose();
    }

    private bool RunMount(string? arguments, bool umount = false)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(umount ? "umount" : "mount", umount ? Path : arguments!)
            {
                RedirectStandardError = true, RedirectStandardOutput = true,
            })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
