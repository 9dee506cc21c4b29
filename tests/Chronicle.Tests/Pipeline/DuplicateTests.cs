using System.Text.Json;
using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Pipeline;

/// <summary>Duplicates by content: whitespace does not make a page new; another date is reported as redated.</summary>
public class DuplicateTests
{
    private const string Page = "The harbour council approved a new ferry route on Monday.\n\nThe first crossing is planned for the spring.";

    private static JsonElement Ingest(string db, params string[] paths)
    {
        var result = Support.Cli.Run(["--db", db, "ingest", .. paths, "--json"]);
        Assert.True(result.Status == 0, result.Err);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    [Fact]
    public void Whitespace_variants_of_a_page_are_duplicates()
    {
        using var dir = new TempFolder();
        string original = dir.Write("in/0.txt", " date 2023-03-06 " + Page);
        string[] variants =
        [
            dir.Write("in/1.txt", " date 2023-03-06 " + Page.Replace(".", ".   ")),
            dir.Write("in/2.txt", " date 2023-03-06 " + Page.Replace("new ferry", "new  ferry")),
            dir.Write("in/3.txt", " date 2023-03-06 " + Page.Replace("\n\n", "\n\n\n\n")),
            dir.Write("in/4.txt", " date 2023-03-06 " + Page.Replace("ferry route", "ferry\u00A0route")),
            dir.Write("in/5.txt", " date 2023-03-06 " + Page.Replace("\n", "\r\n") + "  \n"),
        ];
        var report = Ingest(dir.File("c.db"), [original, .. variants]);
        Assert.Equal(1, report.GetProperty("ingested").GetInt32());
        Assert.Equal(variants.Length, report.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, report.GetProperty("redated").GetArrayLength());
    }

    [Fact]
    public void The_same_text_with_another_date_is_reported_as_redated_and_the_first_stored_date_is_kept()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        Ingest(db, dir.Write("a.txt", " date 2023-03-06 " + Page));
        string later = dir.Write("b.txt", " date 2023-03-09 " + Page + " ");
        var result = Support.Cli.Run("--db", db, "ingest", later, "--json");
        Assert.Equal(0, result.Status);
        var report = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(0, report.GetProperty("ingested").GetInt32());
        Assert.Equal(0, report.GetProperty("duplicates").GetInt32());
        var redated = Assert.Single(report.GetProperty("redated").EnumerateArray());
        Assert.Equal(later, redated.GetProperty("file").GetString());
        Assert.Equal("2023-03-06", redated.GetProperty("stored_date").GetString());
        Assert.Equal("2023-03-09", redated.GetProperty("date").GetString());
        Assert.Contains("redated", result.Err);
        Assert.Contains("redated 1", Support.Cli.Run("--db", db, "ingest", later).Out);

        var docs = JsonDocument.Parse(Support.Cli.Run("--db", db, "docs", "--json").Out).RootElement;
        Assert.Equal("2023-03-06", Assert.Single(docs.EnumerateArray()).GetProperty("date").GetString());
    }

    [Fact]
    public void Two_dates_in_one_run_keep_the_first_read()
    {
        using var dir = new TempFolder();
        string input = dir.Write("p.jsonl",
            $"{{\"date\":\"2023-03-09\",\"text\":{JsonSerializer.Serialize(Page)}}}\n{{\"date\":\"2023-03-06\",\"text\":{JsonSerializer.Serialize(Page + "\n")}}}\n");
        var report = Ingest(dir.File("c.db"), input);
        Assert.Equal(1, report.GetProperty("ingested").GetInt32());
        Assert.Equal("2023-03-09", Assert.Single(report.GetProperty("redated").EnumerateArray()).GetProperty("stored_date").GetString());
    }

    [Fact]
    public void A_page_stored_under_the_id_of_stores_made_before_whitespace_was_ignored_is_still_a_duplicate()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        string text = DocumentIdentity.Normalize(Page);
        using (var store = new SqliteStore(db))
            store.SaveBatch([new DocumentAnalyzer(new AnalysisOptions(false, false, false)).Analyze(new Document(DocumentIdentity.LegacyIdOf(text), new DateOnly(2023, 3, 6), text))]);
        var report = Ingest(db, dir.Write("a.txt", " date 2023-03-06 " + Page));
        Assert.Equal(0, report.GetProperty("ingested").GetInt32());
        Assert.Equal(1, report.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public void A_feed_cut_off_mid_item_keeps_its_complete_items()
    {
        using var dir = new TempFolder();
        string feed = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Harbour news</title>
            <item><title>Ferry route approved</title><pubDate>Mon, 06 Mar 2023 09:00:00 GMT</pubDate><description>The council approved a ferry route.</description></item>
            <item><title>Bridge repairs begin</title><pubDate>Tue, 07 Mar 2023 09:00:00 GMT</pubDate><description>Repairs on the old bridge began.</description></item>
            <item><title>Market reopens</title><pubDate>Wed, 08 Mar 2023 09:00:00 GMT</pubDate><description>The covered market re
            """;
        string path = dir.Write("feed.xml", feed);
        var result = Support.Cli.Run("--db", dir.File("c.db"), "ingest", path, "--json");
        Assert.Equal(1, result.Status);
        var report = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(2, report.GetProperty("ingested").GetInt32());
        var failure = Assert.Single(report.GetProperty("failed").EnumerateArray());
        Assert.Contains("2 complete items", failure.GetProperty("error").GetString());
    }

    [Fact]
    public void A_feed_date_with_the_wrong_weekday_is_read_by_its_day_with_a_warning()
    {
        using var dir = new TempFolder();
        string path = dir.Write("feed.xml", """
            <rss version="2.0"><channel>
            <item><title>Ferry route approved</title><pubDate>Fri, 06 Mar 2023 09:00:00 GMT</pubDate><description>The council approved a ferry route.</description></item>
            </channel></rss>
            """);
        string db = dir.File("c.db");
        var result = Support.Cli.Run("--db", db, "ingest", path, "--json");
        Assert.Equal(0, result.Status);
        var report = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(1, report.GetProperty("ingested").GetInt32());
        Assert.Contains("wrong weekday", Assert.Single(report.GetProperty("warnings").EnumerateArray()).GetProperty("warning").GetString());
        Assert.Contains("warning", result.Err);
        var docs = JsonDocument.Parse(Support.Cli.Run("--db", db, "docs", "--json").Out).RootElement;
        Assert.Equal("2023-03-06", Assert.Single(docs.EnumerateArray()).GetProperty("date").GetString());
    }
}
