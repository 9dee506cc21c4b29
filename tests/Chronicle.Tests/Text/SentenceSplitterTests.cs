using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Tests.Cleaning;
using Chronicle.Text;

namespace Chronicle.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    public static TheoryData<string, string[]> AbbreviationExamples()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var (text, sentences) in Abbreviations.Default.Examples) data.Add(text, sentences.ToArray());
        return data;
    }

    [Theory]
    [MemberData(nameof(AbbreviationExamples))]
    public void EachAbbreviationExampleSplitsAsListed(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("SANTA FE, N.M. — Prosecutors dropped the charge. The actor was relieved.",
        new[] { "SANTA FE, N.M. — Prosecutors dropped the charge.", "The actor was relieved." })]
    [InlineData("He moved to the U.S. The company followed. It hired 10,000 people in the U.S. Attorney General's district.",
        new[] { "He moved to the U.S.", "The company followed.", "It hired 10,000 people in the U.S. Attorney General's district." })]
    [InlineData("“We look forward to our day in court.” The trial starts in July.",
        new[] { "“We look forward to our day in court.”", "The trial starts in July." })]
    [InlineData("He said, \"We look forward to our day in court.\" Prosecutors declined to comment.",
        new[] { "He said, \"We look forward to our day in court.\"", "Prosecutors declined to comment." })]
    [InlineData("“It happened — first day in the books!,” she posted. “Stay tuned...”",
        new[] { "“It happened — first day in the books!,” she posted.", "“Stay tuned...”" })]
    [InlineData("\"Is it over?\" she asked. It was.", new[] { "\"Is it over?\" she asked.", "It was." })]
    [InlineData("The dismissal doesn't \"clear Mr. Baldwin of criminal responsibility.\". The charges may return.",
        new[] { "The dismissal doesn't \"clear Mr. Baldwin of criminal responsibility.\".", "The charges may return." })]
    [InlineData("Microsoft will pay $68.7 billion, or $95 a share. Shares rose 3.5% on the news.",
        new[] { "Microsoft will pay $68.7 billion, or $95 a share.", "Shares rose 3.5% on the news." })]
    [InlineData("She was shot on Oct. 21, 2021. Baldwin was pointing a Colt .45 revolver at her.",
        new[] { "She was shot on Oct. 21, 2021.", "Baldwin was pointing a Colt .45 revolver at her." })]
    [InlineData("John F. Kennedy spoke at 10 a.m. ET on Friday. It was brief.",
        new[] { "John F. Kennedy spoke at 10 a.m. ET on Friday.", "It was brief." })]
    [InlineData("Read it at Example.com. The site is free.", new[] { "Read it at Example.com.", "The site is free." })]
    [InlineData("Truss said ...Hannah was right. Really?! Yes.", new[] { "Truss said ...Hannah was right.", "Really?!", "Yes." })]
    [InlineData("(The deal closed.) Then it reopened.", new[] { "(The deal closed.)", "Then it reopened." })]
    [InlineData("It may acquire Activision Blizzard, Inc. (Activision), the CMA said. The deal closed.",
        new[] { "It may acquire Activision Blizzard, Inc. (Activision), the CMA said.", "The deal closed." })]
    [InlineData("It was done in the U.S. \"We won,\" he said.", new[] { "It was done in the U.S.", "\"We won,\" he said." })]
    [InlineData("The vote was 412 to 121. 648 of 650 seats were declared.", new[] { "The vote was 412 to 121.", "648 of 650 seats were declared." })]
    [InlineData("No final stop here", new[] { "No final stop here" })]
    [InlineData("It has been watching closely. \"(Nyerere) informed the minister,\" he said.", new[] { "It has been watching closely.", "\"(Nyerere) informed the minister,\" he said." })]
    [InlineData("ST. LOUIS — The company said. FARMINGTON HILLS, MICH. — Shares rose.", new[] { "ST. LOUIS — The company said.", "FARMINGTON HILLS, MICH. — Shares rose." })]
    public void SplitsNewsSentences(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Fact]
    public void SentencesNeverCrossParagraphsAndKeepPageOffsets()
    {
        string text = NoisyPages.CourtStory;
        var page = PageCleaner.Clean(text);
        var sentences = SentenceSplitter.Split(text, page.Paragraphs);
        Assert.Equal(Enumerable.Range(0, sentences.Count), sentences.Select(s => s.Index));
        Assert.All(sentences, s => Assert.Equal(text[s.Start..s.End], s.Text));
        Assert.All(sentences, s => Assert.Single(page.Paragraphs, p => p.Span.Start <= s.Start && s.End <= p.Span.End));
        Assert.Contains(sentences, s => s.Text == "The 26-year-old faces up to 18 months in prison and a $5,000 fine.");
        Assert.Contains(sentences, s => s.Text == "Her lawyers said they would appeal.");
        Assert.DoesNotContain(sentences, s => s.Text.Contains("Advertisement"));
    }

    [Fact]
    public void TheSeedPageSplitsIntoItsSentences()
    {
        string text = SeedPage.Text;
        var sentences = SentenceSplitter.Split(text, PageCleaner.Clean(text).Paragraphs);
        Assert.Equal(17, sentences.Count);
        Assert.Equal("SANTA FE, N.M. — Criminal charges against Alec Baldwin for his role in the fatal \"Rust\" set shooting are set to be dropped, according to multiple media outlets and the actor's attorneys.", sentences[1].Text);
        Assert.All(sentences, s => Assert.False(char.IsWhiteSpace(s.Text[0]) || char.IsWhiteSpace(s.Text[^1])));
    }

    [Fact]
    public void FreeTextTreatsEachLineAsAParagraph()
    {
        var sentences = SentenceSplitter.Split("First line without stop\nSecond line. Third sentence.");
        Assert.Equal(new[] { "First line without stop", "Second line.", "Third sentence." }, sentences.Select(s => s.Text));
        Assert.Empty(SentenceSplitter.Split(""));
    }
}
