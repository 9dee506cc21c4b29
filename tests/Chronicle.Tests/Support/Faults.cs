namespace Chronicle.Tests.Support;

public static class FaultAssert
{
    /// <summary>A fault a user can act on: the exit status, one line on stderr naming the path and the cause, no stack trace.</summary>
    public static void OneLine(Cli.Result result, int status, string path, string cause)
    {
        Assert.True(status == result.Status, $"exit {result.Status}, expected {status}; stderr: {result.Err}");
        string[] lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"expected one line on stderr, got:\n{result.Err}");
        Assert.DoesNotMatch(@"\bat [\w.]+\(|Exception:", lines[0].Replace(path, ""));
        Assert.Contains(path, lines[0]);
        Assert.Contains(cause, lines[0]);
    }
}

/// <summary>Tests that set process-wide environment variables (CHRONICLE_DB) run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class EnvironmentCollection
{
    public const string Name = "process environment";
}
