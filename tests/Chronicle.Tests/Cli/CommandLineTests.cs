using System.Text.Json;
using Chronicle.Cli;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Cli;

/// <summary>The command line is checked before anything runs; help and version; one not-found exit code.</summary>
public class CommandLineTests
{
    private static readonly Lazy<string> Store = new(() =>
    {
        string db = Path.Combine(Directory.CreateTempSubdirectory("chronicle-cli-").FullName, "c.db");
        Assert.Equal(0, Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath).Status);
        return db;
    });

    private static void AssertUsageError(Support.Cli.Result result, params string[] mentions)
    {
        Assert.True(result.Status == 2, $"exit {result.Status}: {result.Err}");
        Assert.Equal("", result.Out);
        string line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        foreach (string m in mentions) Assert.Contains(m, line);
    }

    [Fact]
    public void A_mistyped_option_is_an_error_before_the_command_runs()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        AssertUsageError(Support.Cli.Run("--db", db, "search", "charge", "--limt", "3"), "--limt", "did you mean --limit");
        AssertUsageError(Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath, "--stagse", "text"), "--stagse", "--stages");
        AssertUsageError(Support.Cli.Run("--db", db, "docs", "--limt=3"), "--limt");
        AssertUsageError(Support.Cli.Run("--db", db, "timeline", "Alec", "-x"), "-x");
        Assert.False(File.Exists(db)); // nothing ran: not even ingest created the store
    }

    [Fact]
    public void Typed_values_are_checked_before_the_command_runs()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        AssertUsageError(Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath, "--date", "yesterday"), "--date", "yesterday");
        AssertUsageError(Support.Cli.Run("--db", db, "ingest", Fixtures.SeedPath, "--threads", "0"), "--threads");
        AssertUsageError(Support.Cli.Run("--db", db, "search", "x", "--limit", "many"), "--limit", "many");
        AssertUsageError(Support.Cli.Run("--db", db, "asof", "2023-13-01"), "2023-13-01");
        AssertUsageError(Support.Cli.Run("--db", db, "changes", "--from", "2023-01-01"), "--to");
        AssertUsageError(Support.Cli.Run("--db", "", "docs"), "--db");
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Words_after_a_double_dash_are_arguments_even_when_they_start_with_a_dash()
    {
        var result = Support.Cli.Run("--db", Store.Value, "search", "--limit", "1", "--", "-Yellowstone");
        Assert.Equal(0, result.Status);
    }

    [Theory]
    [InlineData("ingest", "--stages")]
    [InlineData("search", "--before")]
    [InlineData("timex", "--tml")]
    [InlineData("check", "--as-of")]
    [InlineData("changes", "--from")]
    [InlineData("timeline", "--to")]
    public void Every_command_has_help_listing_its_options(string command, string option)
    {
        foreach (string flag in (string[])["-h", "--help"])
        {
            var help = Support.Cli.Run(command, flag);
            Assert.Equal(0, help.Status);
            Assert.Contains(option, help.Out);
            Assert.Contains("--db", help.Out);
        }
        Assert.Contains(option, Support.Cli.Run("help", command).Out);
    }

    [Fact]
    public void Version_and_help_exit_0_and_no_arguments_is_a_usage_error()
    {
        var version = Support.Cli.Run("--version");
        Assert.Equal(0, version.Status);
        Assert.Matches(@"^\d+\.\d+", version.Out.Trim());
        Assert.Equal(0, Support.Cli.Run("help").Status);
        Assert.Contains("ingest", Support.Cli.Run("--help").Out);
        Assert.Equal(2, Support.Cli.Run().Status);
        Assert.Equal(2, Support.Cli.Run("--json").Status);
    }

    [Fact]
    public void Not_found_exits_1_for_entity_show_and_timeline()
    {
        Assert.Equal(1, Support.Cli.Run("--db", Store.Value, "entity", "Nobody Atall").Status);
        Assert.Equal(1, Support.Cli.Run("--db", Store.Value, "show", "ffffffff").Status);
        Assert.Equal(1, Support.Cli.Run("--db", Store.Value, "timeline", "Nobody Atall").Status);
        var json = Support.Cli.Run("--db", Store.Value, "timeline", "Nobody Atall", "--json");
        Assert.Equal(1, json.Status);
        Assert.Equal(0, JsonDocument.Parse(json.Out).RootElement.GetArrayLength());
        Assert.Equal(0, Support.Cli.Run("--db", Store.Value, "timeline", "Alec Baldwin").Status);
    }

    [Fact]
    public void A_claim_that_is_empty_too_long_or_several_sentences_is_a_usage_error_before_the_store_is_opened()
    {
        using var dir = new TempFolder();
        string missing = dir.File("none.db"); // a store fault (exit 3) would mean the claim was not checked first
        AssertUsageError(Support.Cli.Run("--db", missing, "check", "", "--as-of", "2023-04-20"), "empty");
        AssertUsageError(Support.Cli.Run("--db", missing, "check", "   ", "--as-of", "2023-04-20"), "empty");
        string paragraph = string.Join(' ', Enumerable.Repeat("Alec Baldwin faces a charge", 20));
        AssertUsageError(Support.Cli.Run("--db", missing, "check", paragraph, "--as-of", "2023-04-20"), $"{ClaimInputLimit}");
        AssertUsageError(Support.Cli.Run("--db", missing, "check", "Alec Baldwin was charged. The charge was dropped.", "--as-of", "2023-04-20"), "several");
        Assert.Equal(0, Support.Cli.Run("--db", Store.Value, "check", "Alec Baldwin faces an involuntary manslaughter charge", "--as-of", "2023-04-20").Status);
    }

    private const int ClaimInputLimit = 300;

    [Fact]
    public void Timex_json_lines_that_are_not_documents_are_reported_by_line_and_the_rest_tagged()
    {
        var result = Support.Cli.RunWithInput("garbage\n{\"text\":\"no ref\"}\n{\"id\":1,\"text\":\"on Monday\",\"ref\":\"2023-01-02\"}\n", "timex", "--jsonl");
        Assert.Equal(1, result.Status);
        Assert.Contains("\"value\":\"2023-01-02\"", result.Out);
        Assert.Equal(["stdin:1", "stdin:2"], result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[2].TrimEnd(':')));
    }

    [Theory]
    [InlineData("search", "Yellowstone", "--after", "2023-01-01", "--before", "2023-12-31", "--limit", "2")]
    [InlineData("search", "--limit=2", "Yellowstone")]
    [InlineData("docs", "--limit", "1")]
    [InlineData("entities", "--limit", "3", "--type", "person")]
    [InlineData("entity", "Alec", "Baldwin")]
    [InlineData("timeline", "Alec Baldwin", "--from", "2023-01-01", "--to", "2023-12-31")]
    [InlineData("asof", "2023-04-20", "Alec Baldwin")]
    [InlineData("changes", "--from", "2023-01-01", "--to", "2023-12-31", "Alec Baldwin")]
    [InlineData("check", "Alec Baldwin faces an involuntary manslaughter charge", "--as-of", "2023-04-20")]
    public void Every_documented_option_is_accepted_with_json_before_or_after_the_command(params string[] args)
    {
        var after = Support.Cli.Run(["--db", Store.Value, .. args, "--json"]);
        Assert.True(after.Status == 0, after.Err);
        JsonDocument.Parse(after.Out).Dispose();
        var before = Support.Cli.Run(["--json", "--db", Store.Value, .. args]);
        Assert.Equal(after.Out, before.Out);
    }
}
