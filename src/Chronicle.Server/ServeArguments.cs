namespace Chronicle.Server;

/// <summary>A command line the server cannot understand; the caller prints the message and exits with status 2.</summary>
public sealed class ServeUsageException(string message) : Exception(message);

/// <summary>
/// The server's own command line, turned into configuration keys. Only these options exist, so that a typo
/// is an error rather than a silently ignored setting.
/// </summary>
public static class ServeArguments
{
    public const string Usage = "serve [--db PATH] [--urls URL] [--allow-ingest] [--rate-limit N] [--max-ingest-bytes N]";

    /// <summary>The generic host's own settings, which test hosts (WebApplicationFactory) pass on the command line.</summary>
    private static readonly string[] HostSettings = ["environment", "contentRoot", "applicationName"];

    private static readonly HashSet<string> Valued = ["db", "urls", "rate-limit", "max-ingest-bytes", .. HostSettings];

    public static Dictionary<string, string?> Parse(IReadOnlyList<string> args)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new ServeUsageException($"unexpected argument '{arg}' (usage: chronicle {Usage})");
            string name = arg[2..];
            string? value = null;
            int eq = name.IndexOf('=');
            if (eq >= 0) (name, value) = (name[..eq], name[(eq + 1)..]);
            if (name == "allow-ingest")
            {
                settings[name] = value ?? "true";
                if (!bool.TryParse(settings[name], out _)) throw new ServeUsageException("--allow-ingest takes no value (or true/false)");
                continue;
            }
            if (!Valued.Contains(name)) throw new ServeUsageException($"unknown option --{name} (usage: chronicle {Usage})");
            if (value is null)
            {
                if (++i >= args.Count) throw new ServeUsageException($"option --{name} needs a value");
                value = args[i];
            }
            settings[name] = value;
        }
        return settings;
    }
}
