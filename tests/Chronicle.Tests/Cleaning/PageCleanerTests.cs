using Chronicle.Domain.Documents;
using Chronicle.Ingest;

namespace Chronicle.Tests.Cleaning;

public class PageCleanerTests
{
    private static string[] Kept(string text, CleanedPage page) =>
        page.Paragraphs.Select(p => text[p.Span.Start..p.Span.End]).ToArray();

    private static (string Text, string Reason)[] Removed(string text, CleanedPage page) =>
        page.Noise.Select(n => (text[n.Span.Start..n.Span.End], n.Reason)).ToArray();

    [Fact]
    public void KeepsTheArticleOfANoisyPageAndSaysWhyEachPieceWasRemoved()
    {
        string text = NoisyPages.CourtStory;
        var page = PageCleaner.Clean(text);

        Assert.Equal(new[]
        {
            "Armorer convicted over fatal film set shooting",
            "Prosecutors said the verdict sends a message to the industry.",
            "SANTA FE, N.M. — A jury on Wednesday found the armorer guilty of involuntary manslaughter, Gov. Ann Smith's office said.",
            "The 26-year-old faces up to 18 months in prison and a $5,000 fine.",
            "Her lawyers said they would appeal.",
            "Jury deliberations lasted less than three hours.",
            "The verdict is final, the armorer's lawyer said after the hearing.",
            "Sentencing is scheduled for April 15.",
        }, Kept(text, page));
        Assert.Equal(ParagraphKind.Headline, page.Paragraphs[0].Kind);
        Assert.All(page.Paragraphs.Skip(1), p => Assert.Equal(ParagraphKind.Body, p.Kind));
        Assert.Equal(Enumerable.Range(0, page.Paragraphs.Count), page.Paragraphs.Select(p => p.Index));

        Assert.Equal(new[]
        {
            ("Watch Now", "video-prompt"),
            ("Jane Roe", "label"),
            ("Posted at 12:42 PM, Mar 6, 2024", "timestamp"),
            ("By Sam Lee and Ann Poe, Associated Press", "byline"),
            ("Advertisement", "advertisement"),
            ("Advertisement Hide Ad", "advertisement"),
            ("The armorer leaves the courthouse in Santa Fe (Jane Roe/AP)", "caption"),
            ("Jane Roe and Sam Lee arriving at the courthouse on Wednesday", "caption"),
            ("Never miss a story — sign up for the Example.com newsletter to get your daily dose of news. All free.", "newsletter"),
            ("JUDGE DENIES MOTION TO DELAY SENTENCING IN SET SHOOTING CASE", "all-caps"),
            ("Ticker Security Last Change Change % ACME ACME CORP. 310.20 +5.40 +1.77% BETA BETA HOLDINGS INC. 65.39 +1.22 +1.90%", "table"),
            ("Facebook Twitter Email", "share"),
            ("pic.twitter.com/AbCdE12345", "tweet"),
            ("The verdict is in. Justice for the family.", "tweet"),
            ("— Jane Doe (@janedoe) March 6, 2024", "tweet"),
            ("Related", "related-header"),
            ("Actor indicted by grand jury over set shooting", "related"),
            ("Prosecutors drop charges against actor", "related"),
            ("Prosecutors said the verdict sends a message to the industry.", "duplicate"),
            ("© 2024 Example Media Inc. All rights reserved.", "copyright"),
        }, Removed(text, page));
    }

    [Fact]
    public void KeepsOnlyTheStoryOfAWirePageWithSiteChromeEmbedsAndLinkLists()
    {
        string text = NoisyPages.WireStory;
        var page = PageCleaner.Clean(text);
        Assert.Equal(new[]
        {
            "Regulator approves merger after year-long review",
            "The deal creates the largest games publisher in Europe",
            "LONDON (Reuters) - Britain's competition regulator on Friday approved the merger of two games companies, ending a year-long review.",
            "The companies said they expected to complete the deal by the end of the month.",
            "\"We are delighted,\" chief executive John Smith said in a statement. \"This is a great day for our players.\"",
            "The decision surprised analysts, who had expected a longer review.",
            "Shares in both companies rose more than 5% in early trading.",
            "Analysts said the approval could encourage other deals in the sector.",
            "The company will announce its results on March 20.",
        }, Kept(text, page));
        Assert.Equal(new[] { ParagraphKind.Headline, ParagraphKind.Headline }, page.Paragraphs.Take(2).Select(p => p.Kind));
        var reasons = page.Noise.Select(n => n.Reason).ToHashSet();
        Assert.Superset(new HashSet<string> { "site-chrome", "byline", "timestamp", "share", "caption", "related-link", "related-header",
            "related", "tweet", "embed", "credits", "boilerplate", "tags", "newsletter", "copyright" }, reasons);
    }

    public static TheoryData<string> Pages() => new(NoisyPages.CourtStory, NoisyPages.WireStory, SeedPage.Text);

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryVisibleCharacterIsEitherKeptOrRemovedWithAReason(string text)
    {
        var page = PageCleaner.Clean(text);
        var spans = page.Paragraphs.Select(p => p.Span).Concat(page.Noise.Select(n => n.Span)).OrderBy(s => s.Start).ToList();
        Assert.True(spans.Zip(spans.Skip(1)).All(p => p.First.End <= p.Second.Start), "spans overlap");
        var covered = new bool[text.Length];
        foreach (var span in spans)
            for (int i = span.Start; i < span.End; i++) covered[i] = true;
        Assert.All(Enumerable.Range(0, text.Length).Where(i => !char.IsWhiteSpace(text[i])), i => Assert.True(covered[i], $"offset {i} lost"));
    }

    [Fact]
    public void TheSeedArticleLosesNothing()
    {
        string text = SeedPage.Text;
        var page = PageCleaner.Clean(text);
        Assert.Empty(page.Noise);
        Assert.Equal(13, page.Paragraphs.Count);
        Assert.Equal(text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Kept(text, page));
        Assert.StartsWith("SANTA FE, N.M. —", Kept(text, page)[1]);
    }

    [Fact]
    public void SpansPointIntoTheOriginalTextWithCarriageReturnsAndIndentation()
    {
        const string text = "Watch Now\r\n   Actor charged over shooting on set\r\n\r\n\tThe actor was charged on Thursday.  \r\n";
        var page = PageCleaner.Clean(text);
        Assert.Equal(new[] { "Actor charged over shooting on set", "The actor was charged on Thursday." }, Kept(text, page));
        Assert.Equal(new[] { ("Watch Now", "video-prompt") }, Removed(text, page));
    }

    [Theory]
    [InlineData("The armorer was convicted.\nAnna and Tom Berg arriving at Windsor Castle earlier on Monday\nShe will be sentenced later.", "caption")]
    [InlineData("The armorer was convicted.\nThursday 20 October 2022 16:04 BST\nShe will be sentenced later.", "timestamp")]
    [InlineData("The armorer was convicted.\nMerger facts Globex has 200 million customers in 80 countries and four billion-dollar brands Top products include Widgets and Gizmos About 12,000 staff move over Source: Globex\nShe will be sentenced later.", "no-sentences")]
    [InlineData("The armorer was convicted.\nShare Facebook WhatsApp Copy link\nShe will be sentenced later.", "share")]
    [InlineData("The armorer was convicted.\nPolitical Editor\nShe will be sentenced later.", "label")]
    public void RemovesNoiseByItsShape(string text, string reason)
    {
        var page = PageCleaner.Clean(text);
        Assert.Equal(new[] { "The armorer was convicted.", "She will be sentenced later." }, Kept(text, page));
        Assert.Equal(reason, Assert.Single(page.Noise).Reason);
    }

    [Fact]
    public void ShortLinesWithoutSentenceEndsAreHeadlinesWhenLongEnoughToCarryFacts()
    {
        const string text = "Business\nUK watchdog blocks Microsoft deal for Activision\nThe regulator said cloud gaming would suffer.\nCMA blocked the deal\nMicrosoft said it would appeal.";
        var page = PageCleaner.Clean(text);
        Assert.Equal(new[] { ParagraphKind.Headline, ParagraphKind.Body, ParagraphKind.Headline, ParagraphKind.Body }, page.Paragraphs.Select(p => p.Kind));
        Assert.Equal(("Business", "label"), Removed(text, page).Single());
    }

    [Fact]
    public void AShortSubheadInsideTheArticleIsKeptButAShortNameIsALabel()
    {
        const string text = "The armorer was convicted on Wednesday.\nMulti-billion acquisition\nThe deal was signed.\nJane Roe\nShe will appeal.";
        var page = PageCleaner.Clean(text);
        Assert.Equal(new[] { "The armorer was convicted on Wednesday.", "Multi-billion acquisition", "The deal was signed.", "She will appeal." }, Kept(text, page));
        Assert.Equal(ParagraphKind.Headline, page.Paragraphs[1].Kind);
        Assert.Equal(("Jane Roe", "label"), Removed(text, page).Single());
    }

    [Fact]
    public void AHeadlineBeforeTheArticleMayReadLikeACaption()
    {
        const string text = "Linda Yaccarino stepping down as CEO of X\nThe executive said on Wednesday she would leave.";
        var page = PageCleaner.Clean(text);
        Assert.Equal(ParagraphKind.Headline, page.Paragraphs[0].Kind);
        Assert.Empty(page.Noise);
    }

    [Fact]
    public void AHardWrappedParagraphIsOneParagraph()
    {
        const string text = "Prosecutors said on Friday that they would\nappeal the ruling, which they called wrong.\nThe judge did not comment.\n"
            + "A line without a final stop\n\nand lower case after a blank line stays apart.";
        var page = PageCleaner.Clean(text);
        Assert.Equal(new[]
        {
            "Prosecutors said on Friday that they would\nappeal the ruling, which they called wrong.",
            "The judge did not comment.",
            "A line without a final stop",
            "and lower case after a blank line stays apart.",
        }, Kept(text, page));
        Assert.Equal(4, Chronicle.Text.SentenceSplitter.Split(text, page.Paragraphs).Count);
    }

    [Fact]
    public void AStandaloneDatelineIsArticleText()
    {
        const string text = "Charge to be dropped in film set shooting\nSANTA FE, N.M.\nProsecutors plan to drop the charge.";
        var page = PageCleaner.Clean(text);
        Assert.Equal(3, page.Paragraphs.Count);
        Assert.Empty(page.Noise);
    }

    [Fact]
    public void EmptyAndBlankPagesHaveNoParagraphs()
    {
        Assert.Empty(PageCleaner.Clean("").Paragraphs);
        Assert.Empty(PageCleaner.Clean(" \n\n \r\n").Paragraphs);
    }

    [Fact]
    public void ALongPageOfRepeatedLinesKeepsOneOfEach()
    {
        string text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Line {i % 50} of a long list of items.\n"));
        var page = PageCleaner.Clean(text);
        Assert.Equal(50, page.Paragraphs.Count);
        Assert.Equal(20_000 - 50, page.Noise.Count(n => n.Reason == "duplicate"));
    }
}
