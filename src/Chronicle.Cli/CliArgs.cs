namespace Chronicle.Cli;

/// <summary>Thrown for a command line that cannot be understood; the CLI exits with status 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>
/// The parsed command line: positional arguments, flags and valued options, in the GNU style
/// (`--name value` or `--name=value`; `--` ends options; `-` is a positional argument).
/// </summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    public List<string> Positional { get; } = [];

    /// <summary>Options that take a value; every other `--name` is a flag.</summary>
    public static readonly HashSet<string> Valued = new(StringComparer.Ordinal)
    {
        "db", "date", "dct", "samples", "stages", "threads", "after", "before", "limit", "from", "to", "as-of", "tml", "out", "batch", "type", "urls", "rate-limit", "max-ingest-bytes",
    };

    public static CliArgs Parse(IEnumerable<string> args)
    {
        var parsed = new CliArgs();
        using var e = args.GetEnumerator();
        bool optionsEnded = false;
        while (e.MoveNext())
        {
            string a = e.Current;
            if (optionsEnded || a == "-" || !a.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Positional.Add(a);
                continue;
            }
            if (a == "--") { optionsEnded = true; continue; }
            string name = a[2..];
            string? value = null;
            int eq = name.IndexOf('=');
            if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
            else if (Valued.Contains(name))
            {
                if (!e.MoveNext()) throw new UsageException($"option --{name} needs a value");
                value = e.Current;
            }
            parsed._options[name] = value;
        }
        return parsed;
    }

    public bool Has(string name) { _read.Add(name); return _options.ContainsKey(name); }

    public bool Flag(string name) => Has(name);

    public string? Option(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var v) ? v : null;
    }

    public DateOnly? DateOption(string name)
    {
        string? v = Option(name);
        if (v is null) return null;
        return ParseDate(v, $"--{name}");
    }

    public int? IntOption(string name)
    {
        string? v = Option(name);
        if (v is null) return null;
        if (!int.TryParse(v, out int n) || n <= 0) throw new UsageException($"--{name} must be a positive whole number, not '{v}'");
        return n;
    }

    public static DateOnly ParseDate(string value, string what)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", out var d)) return d;
        throw new UsageException($"{what} must be a date YYYY-MM-DD, not '{value}'");
    }

    /// <summary>Options given but never asked for by the command: most likely typos.</summary>
    public IEnumerable<string> Unread() => _options.Keys.Where(k => !_read.Contains(k));
}
