using Chronicle.Ingest;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Ingest;

public class MarkupReaderTests
{
    private static List<InputItem> Read(string path, DateOnly? fallback = null) =>
        new InputReader { DefaultDate = fallback }.Read([path]).ToList();

    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Site | Baldwin charged</title>
          <meta property="og:title" content="Baldwin charged with manslaughter">
          <meta property="article:published_time" content="2023-01-31T14:05:00-07:00">
          <link rel="canonical" href="https://news.example.org/baldwin">
          <script>var tracking = "not article text";</script>
        </head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article>
            <h1>Baldwin charged with manslaughter</h1>
            <figure><img src="x.jpg"><figcaption>Alec Baldwin in 2019. (AP Photo)</figcaption></figure>
            <p>SANTA FE, N.M. &mdash; Alec Baldwin was   formally charged
               on <b>Tuesday</b> with involuntary manslaughter.</p>
            <p>Prosecutors said a trial could follow.</p>
          </article>
          <aside>Sign up for our newsletter</aside>
          <footer>© News Example</footer>
        </body></html>
        """;

    [Fact]
    public void Html_page_yields_the_article_text_date_title_and_url_without_page_chrome()
    {
        using var dir = new TempFolder();
        var doc = Assert.IsType<ReadDocument>(Assert.Single(Read(dir.Write("page.html", Page)))).Document;
        Assert.Equal(new DateOnly(2023, 1, 31), doc.Date);
        Assert.Equal("Baldwin charged with manslaughter", doc.Title);
        Assert.Equal("https://news.example.org/baldwin", doc.Url);
        Assert.Equal("Baldwin charged with manslaughter\n\nSANTA FE, N.M. — Alec Baldwin was formally charged on Tuesday with involuntary manslaughter.\n\nProsecutors said a trial could follow.", doc.Text);
    }

    [Fact]
    public void Html_page_without_a_date_needs_the_date_option()
    {
        using var dir = new TempFolder();
        string path = dir.Write("nodate.html", "<html><body><p>Some text.</p></body></html>");
        Assert.Contains("publication date", Assert.IsType<ReadFailure>(Read(path)[0]).Error);
        Assert.Equal("Some text.", Assert.IsType<ReadDocument>(Read(path, new DateOnly(2024, 1, 1))[0]).Document.Text);
    }

    [Fact]
    public void Rss_items_become_dated_documents_and_a_bad_item_is_named_by_its_line()
    {
        using var dir = new TempFolder();
        string path = dir.Write("feed.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Example News</title>
              <item>
                <title>Truss resigns</title>
                <link>https://news.example.org/truss</link>
                <pubDate>Thu, 20 Oct 2022 13:45:00 +0100</pubDate>
                <description>&lt;p&gt;Liz Truss &lt;b&gt;resigned&lt;/b&gt; as prime minister.&lt;/p&gt;</description>
              </item>
              <item>
                <title>No date here</title>
              </item>
            </channel></rss>
            """);
        var items = Read(path);
        var doc = Assert.IsType<ReadDocument>(items[0]).Document;
        Assert.Equal(new DateOnly(2022, 10, 20), doc.Date);
        Assert.Equal("Truss resigns\n\nLiz Truss resigned as prime minister.", doc.Text);
        Assert.Equal("https://news.example.org/truss", doc.Url);
        var failure = Assert.IsType<ReadFailure>(items[1]);
        Assert.Equal(9, failure.Origin.Line);
    }

    [Fact]
    public void Atom_entries_are_read_and_malformed_xml_is_reported_with_its_line()
    {
        using var dir = new TempFolder();
        string atom = dir.Write("atom.xml", """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><title>Musk takes over</title><link href="https://x.example/1"/>
                <published>2022-10-28T09:00:00Z</published><summary>Elon Musk took control of Twitter.</summary></entry>
            </feed>
            """);
        Assert.Equal(new DateOnly(2022, 10, 28), Assert.IsType<ReadDocument>(Assert.Single(Read(atom))).Document.Date);
        string broken = dir.Write("broken.xml", "<rss><channel>\n<item><title>x</title>\n</channel></rss>");
        var failure = Assert.IsType<ReadFailure>(Assert.Single(Read(broken)));
        Assert.Contains("malformed feed", failure.Error);
        Assert.Equal(3, failure.Origin.Line);
    }
}
