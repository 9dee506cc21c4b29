using Chronicle.Events.Names;
using Chronicle.Events.Ontology;
using Chronicle.Events.Text;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Events;

/// <summary>The event stage reads the Text project's tokens; what it adds is an amount read whole and lower-cased words.</summary>
public class EventTokensTests
{
    private static string[] Words(string text) => EventTokenizer.Tokenize(text, 0, text.Length).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("a $3.8 billion deal", "a|$3.8|billion|deal")]
    [InlineData("Baldwin's lawyers didn't", "Baldwin|'s|lawyers|did|n't")]
    [InlineData("the Albertsons Cos. board", "the|Albertsons|Cos.|board")]
    [InlineData("at 9:44am (5:37 GMT)", "at|9:44am|(|5:37|GMT|)")]
    [InlineData("As RadarOnline.com reported", "As|RadarOnline.com|reported")]
    public void Tokens_are_the_text_stage_tokens_with_amounts_whole(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Words(text));

    [Fact]
    public void Lower_folds_typographic_quotes_and_negation()
    {
        var tokens = EventTokenizer.Tokenize("Baldwin’s “case” wasn’t", 0, 23);
        Assert.Equal(["baldwin", "'s", "\"", "case", "\"", "was", "n't"], tokens.Select(t => t.Lower));
    }

    [Fact]
    public void Web_addresses_and_hashtags_are_not_names()
    {
        const string text = "Viewers of CBSNews.com and CBS News saw #MUFC trend.";
        var tokens = EventTokenizer.Tokenize(text, 0, text.Length);
        var names = new NameFinder(Lexicon.Default, new HashSet<string>()).Find(tokens, 0, tokens.Count)
            .Select(s => text[tokens[s.From].Start..tokens[s.To - 1].End]).ToList();
        Assert.Contains("CBS News", names);
        Assert.DoesNotContain(names, n => n.Contains(".com") || n.Contains("MUFC"));
    }

    [Fact]
    public void The_body_of_a_named_organization_stands_for_the_organization()
    {
        var analysis = new DocumentAnalyzer().Analyze(new Chronicle.Domain.Documents.Document("p", new DateOnly(2023, 5, 1),
            "Quinlan is expected to join the Marrowfield Cos. board on May 10, a spokeswoman said."));
        var join = Assert.Single(analysis.Events, e => e.Type == "personnel.join");
        Assert.Equal("Marrowfield Cos", join.First("organization")?.Value);
        Assert.Equal("2023-05-10", join.Time);
    }
}
