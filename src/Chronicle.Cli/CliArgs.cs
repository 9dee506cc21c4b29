using System.CommandLine;

namespace Chronicle.Cli;

/// <summary>Thrown for a command line that cannot be understood; the CLI exits with status 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>
/// What a command reads from its command line, by option name, after System.CommandLine has parsed and
/// checked it: typed values (dates, counts) were validated before the command ran.
/// </summary>
public sealed class CliArgs
{
    private readonly ParseResult _result;
    private readonly Dictionary<string, Option> _options;

    internal CliArgs(ParseResult result)
    {
        _result = result;
        var command = result.CommandResult.Command;
        _options = command.Options.Concat([CommandOptions.Db, CommandOptions.Json]).ToDictionary(o => o.Name.TrimStart('-'), StringComparer.Ordinal);
        foreach (var argument in command.Arguments)
            if (result.GetResult(argument) is { } given) Positional.AddRange(given.Tokens.Select(t => t.Value));
    }

    /// <summary>The command's arguments in the order given (after the command name).</summary>
    public List<string> Positional { get; } = [];

    /// <summary>Whether the option was given on the command line (not a default).</summary>
    public bool Has(string name) => _options.TryGetValue(name, out var o) && _result.GetResult(o) is { Implicit: false };

    public bool Flag(string name) => _options.TryGetValue(name, out var o) && o is Option<bool> flag && _result.GetValue(flag);

    public string? Option(string name) => _options.TryGetValue(name, out var o) && o is Option<string?> text ? _result.GetValue(text) : null;

    public DateOnly? DateOption(string name) => _options.TryGetValue(name, out var o) && o is Option<DateOnly?> date ? _result.GetValue(date) : null;

    public int? IntOption(string name) => _options.TryGetValue(name, out var o) && o is Option<int?> count ? _result.GetValue(count) : null;

    public static DateOnly ParseDate(string value, string what)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", out var d)) return d;
        throw new UsageException($"{what} must be a date YYYY-MM-DD, not '{value}'");
    }
}
