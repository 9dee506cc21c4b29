using Chronicle.Cli;

namespace Chronicle.Tests.Support;

/// <summary>Runs the CLI in-process, as a user would from a shell, and captures what it prints.</summary>
public static class Cli
{
    public sealed record Result(int Status, string Out, string Err);

    public static Result RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int status = CommandLine.Run(args, new StringReader(stdin), output, error);
        return new Result(status, output.ToString(), error.ToString());
    }

    public static Result Run(params string[] args) => RunWithInput("", args);
}
