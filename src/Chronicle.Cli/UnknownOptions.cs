using System.CommandLine;
using System.CommandLine.Parsing;

namespace Chronicle.Cli;

/// <summary>
/// A word that looks like an option but is none of the command's (`--limt 3`) would otherwise become a search
/// word or an entity name; it is a usage error instead, with the nearest known option suggested.
/// Words after `--` are always arguments; a lone `-` is standard input.
/// </summary>
internal static class UnknownOptions
{
    public static string? Find(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var arguments = command.Arguments.Select(parsed.GetResult).OfType<ArgumentResult>().SelectMany(r => r.Tokens).ToHashSet();
        foreach (var token in parsed.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) break;
            bool unmatched = parsed.UnmatchedTokens.Contains(token.Value);
            if (!(arguments.Contains(token) || unmatched) || !LooksLikeOption(token.Value)) continue;
            string? nearest = Nearest(token.Value.Split('=')[0], KnownNames(command));
            return $"unknown option {token.Value}{(nearest is null ? "" : $" (did you mean {nearest}?)")}; put -- before words that start with -";
        }
        return null;
    }

    private static bool LooksLikeOption(string value) =>
        value.Length > 1 && value[0] == '-' && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static IEnumerable<string> KnownNames(Command command) =>
        command.Options.Concat([CommandOptions.Db, CommandOptions.Json]).SelectMany(o => o.Aliases.Append(o.Name));

    private static string? Nearest(string typed, IEnumerable<string> names)
    {
        var best = names.Select(n => (Name: n, Distance: Distance(typed, n))).OrderBy(p => p.Distance).FirstOrDefault();
        return best.Name is not null && best.Distance <= 2 ? best.Name : null;
    }

    /// <summary>Edit distance (insertions, deletions, substitutions) between two short option names.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
