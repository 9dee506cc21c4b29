using System.Text.Json;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Query;

/// <summary>`timeline --to D` answers as of D: events dated up to D, read from articles published on or before D.</summary>
public class TimelineCutoffTests
{
    [Fact]
    public void A_timeline_to_D_does_not_read_an_article_published_after_D_even_about_an_earlier_event()
    {
        using var dir = new TempFolder();
        string db = dir.File("store.db");
        File.WriteAllLines(dir.File("pages.jsonl"),
        [
            """{"date":"2022-03-01","text":"Business report one. Maria Varga was charged with fraud in February 2022."}""",
            """{"date":"2022-09-01","text":"Business report two. Maria Varga was charged with fraud on 14 February 2022."}""",
        ]);
        Assert.Equal(0, Support.Cli.Run("--db", db, "ingest", dir.File("pages.jsonl")).Status);

        // Each entry as its date and the publication dates of its sources.
        static List<(string Date, string Published)> Entries(string json) => JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("date").GetString()!, string.Join(",", e.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("date").GetString()!))))
            .ToList();
        var everything = Entries(Support.Cli.Run("--db", db, "timeline", "Maria Varga", "--json").Out);
        Assert.Contains(everything, e => e.Published.Contains("2022-09-01")); // the later article is read without a cutoff

        var asOfJune = Entries(Support.Cli.Run("--db", db, "timeline", "Maria Varga", "--to", "2022-06-30", "--json").Out);
        Assert.NotEmpty(asOfJune);
        Assert.All(asOfJune, e => Assert.Equal("2022-03-01", e.Published));
        Assert.Equal(["2022-02"], asOfJune.Select(e => e.Date));
        // --from bounds the events' dates only: the February event reported in March is in a window from February.
        Assert.Equal(asOfJune, Entries(Support.Cli.Run("--db", db, "timeline", "Maria Varga", "--from", "2022-02-01", "--to", "2022-06-30", "--json").Out));
    }
}
