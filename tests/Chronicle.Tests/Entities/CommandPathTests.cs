using System.Text.Json;
using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Entities;
using Chronicle.Entities.Recognition;
using Chronicle.Ingest;
using Chronicle.Text;

namespace Chronicle.Tests.Entities;

/// <summary>What `chronicle entities` reads of a page: its sentences and the lines the cleaner set aside that still name things.</summary>
public class CommandPathTests
{
    // Our own sports report: a result line and a standings table, whose rows the page cleaner sets aside as noise.
    private const string Report =
        "Harbour City beat Eastvale 3-1 in the northern league on Saturday .\n" +
        "Standings after Saturday 's matches :\n" +
        "Harbour City 10 7 2 1 20 8 23\n" +
        "Eastvale 10 6 2 2 18 9 20\n" +
        "Millbrook Rangers 10 5 3 2 15 11 18\n";

    [Fact]
    public void Names_in_the_rows_of_a_result_table_are_found_through_the_command()
    {
        int row = Report.IndexOf("Millbrook", StringComparison.Ordinal);
        Assert.Contains(PageCleaner.Clean(Report).Noise, n => n.Span.Start <= row && row < n.Span.End);

        var result = Support.Cli.RunWithInput(Report, "entities", "--dct", "2024-05-04", "--json");
        Assert.Equal(0, result.Status);
        var mentions = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Contains(mentions, m => m.GetProperty("start").GetInt32() == row && m.GetProperty("text").GetString()!.StartsWith("Millbrook", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("table", true)]
    [InlineData("label", true)]
    [InlineData("navigation", false)]
    [InlineData("related", false)]
    public void Set_aside_lines_are_read_for_names_by_their_reason(string reason, bool read)
    {
        const string text = "The council met on Monday .\nVisit Portugal with us";
        int line = text.IndexOf("Visit", StringComparison.Ordinal);
        var sentences = SentenceSplitter.Split(text[..(line - 1)]);
        var noise = new List<NoiseSpan> { new(new TextSpan(line, text.Length), reason) };
        var mentions = EntityRecognizer.Default.Recognize(text, sentences, noise);
        Assert.Equal(read, mentions.Any(m => m.Text == "Portugal" && m.Type == EntityType.Location));
    }

    [Theory]
    [InlineData("FLOODS HIT NORTHERN PORTUGAL", 3)]
    [InlineData("Floods hit northern Portugal", 3)]
    [InlineData("SOCCER - JAPAN GET LUCKY WIN", 2)]
    public void List_evidence_does_not_depend_on_case(string line, int token)
    {
        var views = TokenView.Of(NameTokenizer.Tokenize(line), Gazetteer.Default);
        Assert.Contains(views[token].Lists ?? [], l => l.StartsWith(Gazetteer.Location, StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_before_of_and_an_organization_is_no_person()
    {
        const string text = "Dana Whitlock is the CEO of Boeing";
        var mentions = EntityRecognizer.Default.Recognize(text, SentenceSplitter.Split(text));
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person && char.IsLower(m.Text[0]));
        Assert.Contains(mentions, m => m.Text == "Dana Whitlock" && m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Harbour City 10 7 2 1 20 8 23", true)]
    [InlineData("2. Ann Vell ( Norway ) 3:31.20", true)]
    [InlineData("Updated Mar 30, 2023, 6:26am EDT", false)]
    [InlineData("March 6 2024, Published 6:46 p.m. ET", false)]
    [InlineData("News -December 28, 2023 - 09:55", false)]
    public void Only_rows_of_figures_are_read_among_the_lines_set_aside_as_time_stamps(string line, bool row) =>
        Assert.Equal(row, ResultRow.IsResultRow(line));
}
