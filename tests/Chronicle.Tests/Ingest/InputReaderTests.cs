using System.Text;
using Chronicle.Ingest;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Ingest;

public class InputReaderTests
{
    private static List<InputItem> Read(InputReader reader, params string[] paths) => reader.Read(paths).ToList();

    [Fact]
    public void Dated_page_takes_its_date_from_the_first_line_and_keeps_the_first_text()
    {
        using var dir = new TempFolder();
        string file = dir.Write("a.txt", " date 2023-04-20 Headline here\n\nBody sentence.\n");
        var doc = Assert.IsType<ReadDocument>(Assert.Single(Read(new InputReader(), file))).Document;
        Assert.Equal(new DateOnly(2023, 4, 20), doc.Date);
        Assert.Equal("Headline here\n\nBody sentence.", doc.Text);
        Assert.Equal("a.txt", doc.Source);
    }

    [Fact]
    public void Leading_space_on_the_date_line_is_optional()
    {
        using var dir = new TempFolder();
        string file = dir.Write("a.txt", "date 2021-10-27 Text.");
        Assert.Equal(new DateOnly(2021, 10, 27), Assert.IsType<ReadDocument>(Read(new InputReader(), file)[0]).Document.Date);
    }

    [Theory]
    [InlineData(" date 2023-02-30 Text", "invalid date '2023-02-30'")]
    [InlineData(" date 20230420 Text", "invalid date '20230420'")]
    [InlineData(" date \nText", "date line has no date")]
    public void Invalid_date_line_fails_naming_file_and_line(string content, string expected)
    {
        using var dir = new TempFolder();
        string file = dir.Write("bad.txt", content);
        var failure = Assert.IsType<ReadFailure>(Read(new InputReader(), file)[0]);
        Assert.Equal(file, failure.Origin.File);
        Assert.Equal(1, failure.Origin.Line);
        Assert.Contains(expected, failure.Error);
    }

    [Fact]
    public void Plain_text_needs_a_date_option()
    {
        using var dir = new TempFolder();
        string file = dir.Write("plain.txt", "No date line here.");
        Assert.Contains("no --date", Assert.IsType<ReadFailure>(Read(new InputReader(), file)[0]).Error);
        var doc = Assert.IsType<ReadDocument>(Read(new InputReader { DefaultDate = new DateOnly(2020, 1, 2) }, file)[0]).Document;
        Assert.Equal(new DateOnly(2020, 1, 2), doc.Date);
    }

    [Fact]
    public void Binary_non_utf8_and_empty_files_fail_with_clear_reasons()
    {
        using var dir = new TempFolder();
        string binary = dir.WriteBytes("x.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        string latin1 = dir.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes(" date 2023-01-01 ok\nCaf\u00e9 line two"));
        string empty = dir.Write("empty.txt", "   \n");
        string dateOnly = dir.Write("dateonly.txt", " date 2023-01-01   \n");
        var items = Read(new InputReader(), binary, latin1, empty, dateOnly).Cast<ReadFailure>().ToList();
        Assert.Contains("binary", items[0].Error);
        Assert.Contains("UTF-8", items[1].Error);
        Assert.Equal(2, items[1].Origin.Line);
        Assert.Contains("empty", items[2].Error);
        Assert.Contains("empty", items[3].Error);
    }

    [Fact]
    public void File_over_the_size_limit_is_refused()
    {
        using var dir = new TempFolder();
        string big = dir.Write("big.txt", " date 2023-01-01 " + new string('a', (int)InputReader.MaxFileBytes));
        Assert.Contains("MB limit", Assert.IsType<ReadFailure>(Read(new InputReader(), big)[0]).Error);
    }

    [Fact]
    public void Json_lines_read_each_line_and_name_bad_lines()
    {
        using var dir = new TempFolder();
        string file = dir.Write("corpus.jsonl",
            "{\"date\": \"2023-01-19\", \"text\": \"First.\", \"title\": \"T1\", \"url\": \"https://example.org/1\", \"source\": \"Ex\", \"id\": \"a1\"}\n" +
            "{\"date\": \"2023-01-19\", \"text\": \"Second\n" +
            "{\"date\": \"2023-13-01\", \"text\": \"Third.\"}\n" +
            "\n" +
            "{\"text\": \"Fourth.\"}\n" +
            "{\"date\": \"2023-01-20\", \"text\": \"   \"}\n" +
            "{\"date\": \"2023-01-21\", \"text\": \"Seventh.\"}");
        var items = Read(new InputReader(), file);
        var first = Assert.IsType<ReadDocument>(items[0]).Document;
        Assert.Equal(("T1", "https://example.org/1", "Ex", "a1"), (first.Title, first.Url, first.Source, first.ExternalId));
        Assert.Equal([2, 3, 5, 6], items.OfType<ReadFailure>().Select(f => f.Origin.Line!.Value));
        Assert.Contains("malformed JSON", ((ReadFailure)items[1]).Error);
        Assert.Contains("invalid date", ((ReadFailure)items[2]).Error);
        Assert.Contains("missing \"date\"", ((ReadFailure)items[3]).Error);
        Assert.Equal("Seventh.", Assert.IsType<ReadDocument>(items[^1]).Document.Text);
    }

    [Fact]
    public void Folder_walk_skips_json_lines_that_are_not_articles_but_a_named_file_fails()
    {
        using var dir = new TempFolder();
        dir.Write("story/2023-01-01_a.txt", " date 2023-01-01 Page A.");
        dir.Write("story/index.jsonl", "{\"file\": \"a.txt\", \"date\": \"2023-01-01\"}\n");
        dir.Write("story/.hidden.txt", " date 2023-01-01 Hidden.");
        var items = Read(new InputReader(), Path.Combine(dir.Path, "story"));
        Assert.Single(items.OfType<ReadDocument>());
        Assert.Single(items.OfType<SkippedInput>());
        Assert.IsType<ReadFailure>(Read(new InputReader(), dir.File("story/index.jsonl"))[0]);
    }

    [Fact]
    public void Same_content_has_the_same_id_whatever_its_line_endings()
    {
        using var dir = new TempFolder();
        string unix = dir.Write("u.txt", " date 2023-01-01 Line one.\nLine two.\n");
        string windows = dir.Write("w.txt", " date 2023-01-01 Line one.\r\nLine two.\r\n");
        var ids = Read(new InputReader(), unix, windows).Cast<ReadDocument>().Select(d => d.Document.Id).Distinct();
        Assert.Single(ids);
    }

    [Fact]
    public void Standard_input_is_read_for_dash()
    {
        var reader = new InputReader();
        var items = reader.Read(["-"], () => new MemoryStream(Encoding.UTF8.GetBytes(" date 2022-07-07 From stdin."))).ToList();
        Assert.Equal("From stdin.", Assert.IsType<ReadDocument>(items[0]).Document.Text);
    }
}
