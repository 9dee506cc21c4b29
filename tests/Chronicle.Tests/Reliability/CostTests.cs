using System.Diagnostics;
using Chronicle.Ingest;
using Chronicle.Store;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Reliability;

/// <summary>Inputs that used to cost quadratic time: deep HTML and very long search queries.</summary>
public class CostTests
{
    private static string Nested(int depth, string inner) =>
        "<html><head><meta property=\"article:published_time\" content=\"2023-05-01\"></head><body><article>"
        + string.Concat(Enumerable.Repeat("<div>", depth)) + inner + string.Concat(Enumerable.Repeat("</div>", depth))
        + "</article></body></html>";

    [Fact]
    public void A_page_of_100000_nested_elements_is_read_in_under_5_seconds_with_its_text()
    {
        using var dir = new TempFolder();
        string page = dir.Write("deep.html", Nested(100_000, "A page written for the nesting test. It has two sentences."));
        var clock = Stopwatch.StartNew();
        var items = new InputReader().Read([page]).ToList();
        clock.Stop();
        var document = Assert.IsType<ReadDocument>(Assert.Single(items)).Document;
        Assert.Equal("A page written for the nesting test. It has two sentences.", document.Text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Html_within_the_nesting_limit_is_parsed_as_written_and_deeper_text_is_kept()
    {
        string shallow = Nested(Chronicle.Ingest.Markup.NestingLimit.MaxDepth - 10, "<p>Kept as written.</p>");
        Assert.Same(shallow, Chronicle.Ingest.Markup.NestingLimit.Flatten(shallow));
        string deep = Nested(Chronicle.Ingest.Markup.NestingLimit.MaxDepth * 3, "<p>First line.</p><p>Second line.</p>");
        string flat = Chronicle.Ingest.Markup.NestingLimit.Flatten(deep);
        Assert.Contains("First line.", flat);
        Assert.Contains("Second line.", flat);
        Assert.True(flat.Length < deep.Length);
    }

    [Theory]
    [InlineData("repeated")]
    [InlineData("distinct")]
    [InlineData("phrase")]
    public void Any_100_KB_query_is_answered_in_under_a_second(string shape)
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        store.SaveBatch([new Chronicle.Pipeline.DocumentAnalyzer(new Chronicle.Pipeline.AnalysisOptions(false, false, false))
            .Analyze(new Chronicle.Domain.Documents.Document("d", new DateOnly(2023, 1, 1), "The ferry left the harbour at noon."))]);
        var random = new Random(5);
        string words = string.Join(' ', Enumerable.Range(0, 20_000).Select(_ => new string(Enumerable.Range(0, random.Next(3, 8)).Select(_ => (char)('a' + random.Next(26))).ToArray())));
        string query = shape switch
        {
            "repeated" => string.Concat(Enumerable.Repeat("ferry ", 17_000)),
            "distinct" => words,
            _ => "\"" + words + "\"",
        };
        query = query[..Math.Min(query.Length, 100_000)];
        store.Search(new SearchQuery("ferry")); // warm up
        var clock = Stopwatch.StartNew();
        var hits = store.Search(new SearchQuery(query));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{clock.Elapsed.TotalSeconds:F2} s");
        if (shape == "repeated") Assert.Single(hits);
    }

    [Fact]
    public void A_query_keeps_its_first_32_distinct_terms()
    {
        var terms = FullTextQuery.Terms(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i} w{i}")));
        Assert.Equal(FullTextQuery.MaxTerms, terms.Count);
        Assert.Equal("\"w0\"", terms[0]);
        Assert.Equal(terms.Count, terms.Distinct().Count());
    }
}
