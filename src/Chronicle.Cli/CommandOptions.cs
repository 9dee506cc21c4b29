using System.CommandLine;
using System.CommandLine.Parsing;
using Chronicle.Text;

namespace Chronicle.Cli;

/// <summary>
/// The typed options and arguments of every command, checked by System.CommandLine before a command runs.
/// Option names are the CLI contract: external checks rely on them, so they are only ever added to.
/// </summary>
internal static class CommandOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "the store file (default $CHRONICLE_DB, else chronicle.db in the working directory)",
        HelpName = "PATH", Recursive = true,
        Validators = { r => { if (r.Tokens.Count > 0 && string.IsNullOrWhiteSpace(r.Tokens[^1].Value)) r.AddError("--db must not be empty: give the store's file path"); } },
    };

    public static readonly Option<bool> Json = new("--json") { Description = "machine-readable output on stdout", Recursive = true };

    /// <summary>Adds the options and arguments of one command.</summary>
    public static void Declare(Command command)
    {
        switch (command.Name)
        {
            case "ingest":
                command.Add(Words("PATH", "files, folders (recursive), or - for standard input", required: true));
                command.Add(DateOption("--date", "date for plain text that has no date line"));
                command.Add(new Option<string?>("--stages") { Description = "all (default), text, or a list of time, entities, events", HelpName = "STAGES" });
                command.Add(Count("--threads", "analysis threads (default: every core)"));
                command.Add(Count("--batch", "pages per transaction (default 200)"));
                command.Add(new Option<bool>("--defer-facts") { Description = "leave fact states to the next ingest (bulk loads in several runs); until then questions compute the pages' states themselves" });
                break;
            case "docs":
                command.Add(Count("--limit", "at most N documents"));
                break;
            case "show":
                command.Add(new Argument<string>("DOC") { Description = "a document id, or the start of one" });
                break;
            case "search":
                command.Add(Words("QUERY", "words; \"quoted phrases\" stay phrases", required: true));
                command.Add(DateOption("--after", "only documents dated on or after DATE"));
                command.Add(DateOption("--before", "only documents dated on or before DATE"));
                command.Add(Count("--limit", "at most N hits (default 10)"));
                break;
            case "timex":
                command.Add(DateOption("--dct", "the document creation date of the text on stdin"));
                command.Add(new Option<bool>("--jsonl") { Description = "JSON Lines documents on stdin ({\"id\",\"text\",\"ref\"} a line)" });
                command.Add(new Option<string?>("--tml") { Description = "tag every TimeML file of a folder", HelpName = "IN_DIR" });
                command.Add(new Option<string?>("--out") { Description = "folder for the tagged TimeML files", HelpName = "OUT_DIR" });
                break;
            case "entities":
                command.Add(DateOption("--dct", "recognize the entities in stdin, dated DATE"));
                command.Add(Count("--limit", "at most N stored entities (default 50)"));
                command.Add(new Option<string?>("--type") { Description = "PERSON, ORGANIZATION, LOCATION or PRODUCT", HelpName = "TYPE" });
                break;
            case "entity":
                command.Add(Words("NAME", "the entity's name", required: true));
                break;
            case "timeline":
                command.Add(Words("ENTITY", "the entity's name", required: true));
                command.Add(DateOption("--from", "events on or after DATE"));
                command.Add(DateOption("--to", "events on or before DATE, from articles published on or before DATE"));
                break;
            case "asof":
                command.Add(new Argument<DateOnly>("DATE") { Description = "YYYY-MM-DD", CustomParser = r => ParseDate(r, "DATE") });
                command.Add(Words("ENTITY", "only this entity's facts", required: false));
                break;
            case "changes":
                command.Add(Words("ENTITY", "only this entity's facts", required: false));
                command.Add(DateOption("--from", "start of the window", required: true));
                command.Add(DateOption("--to", "end of the window", required: true));
                break;
            case "check":
                var claim = Words("CLAIM", "one sentence, e.g. \"Alec Baldwin faces a manslaughter charge\"", required: true);
                claim.Validators.Add(ClaimInput.Validate);
                command.Add(claim);
                command.Add(DateOption("--as-of", "the date the claim is checked at", required: true));
                break;
            case "serve":
                command.Add(new Option<string?>("--urls") { Description = "where to listen (default http://127.0.0.1:5100, loopback only)", HelpName = "URLS" });
                command.Add(new Option<string?>("--rate-limit") { Description = "requests a client may make per minute", HelpName = "N" });
                command.Add(new Option<string?>("--max-ingest-bytes") { Description = "largest ingest body accepted", HelpName = "BYTES" });
                command.Add(new Option<bool>("--allow-ingest") { Description = "accept POST /api/ingest with the bearer token in CHRONICLE_TOKEN" });
                command.Add(new Option<bool>("--demo") { Description = "ingest the bundled samples into the store first and say which page to open" });
                break;
            case "demo":
                command.Add(new Option<string?>("--samples") { Description = "folder of pages to ingest (default: the bundled samples)", HelpName = "DIR" });
                break;
        }
    }

    private static Argument<string[]> Words(string name, string description, bool required) => new(name)
    {
        Description = description,
        Arity = required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore,
    };

    private static Option<DateOnly?> DateOption(string name, string description, bool required = false) => new(name)
    {
        Description = description, HelpName = "DATE", Required = required,
        CustomParser = r => ParseDate(r, name),
    };

    private static Option<int?> Count(string name, string description) => new(name)
    {
        Description = description, HelpName = "N",
        CustomParser = r =>
        {
            string value = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
            if (int.TryParse(value, out int n) && n > 0) return n;
            r.AddError($"{name} must be a positive whole number, not '{value}'");
            return null;
        },
    };

    private static DateOnly ParseDate(ArgumentResult r, string what)
    {
        string value = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", out var d)) return d;
        r.AddError($"{what} must be a date YYYY-MM-DD, not '{value}'");
        return default;
    }
}

/// <summary>What `check` accepts as a claim: one sentence of reasonable length (the claim parser reads sentences, not paragraphs).</summary>
internal static class ClaimInput
{
    public const int MaxCharacters = 300;

    public static void Validate(ArgumentResult result)
    {
        string claim = string.Join(' ', result.Tokens.Select(t => t.Value)).Trim();
        if (claim.Length == 0) result.AddError("check needs a CLAIM, and it is empty");
        else if (claim.Length > MaxCharacters) result.AddError($"a CLAIM is one sentence of at most {MaxCharacters} characters; this one has {claim.Length}");
        else if (SentenceSplitter.Split(claim).Count > 1) result.AddError("a CLAIM is one sentence; this input has several (check them one at a time)");
    }
}
