using Chronicle.Domain.Documents;
using Chronicle.Text;

namespace Chronicle.Tests.Text;

public class TokenizerTests
{
    private static string[] Texts(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("He paid $100,000 in cash.", new[] { "He", "paid", "$", "100,000", "in", "cash", "." })]
    [InlineData("Shares rose 3.5% to $68.7bn.", new[] { "Shares", "rose", "3.5", "%", "to", "$", "68.7bn", "." })]
    [InlineData("SANTA FE, N.M. — The U.S. attorney", new[] { "SANTA", "FE", ",", "N.M.", "—", "The", "U.S.", "attorney" })]
    [InlineData("Hannah Gutierrez-Reed's trial", new[] { "Hannah", "Gutierrez-Reed", "'s", "trial" })]
    [InlineData("Baldwin’s lawyers", new[] { "Baldwin", "’s", "lawyers" })]
    [InlineData("the prosecutors' case", new[] { "the", "prosecutors", "'", "case" })]
    [InlineData("He didn't know and can't say.", new[] { "He", "did", "n't", "know", "and", "ca", "n't", "say", "." })]
    [InlineData("I’m sure they'll say we've won", new[] { "I", "’m", "sure", "they", "'ll", "say", "we", "'ve", "won" })]
    [InlineData("Conan O'Brien joked", new[] { "Conan", "O'Brien", "joked" })]
    [InlineData("Gov. Michelle Lujan Grisham and Martin Luther King Jr. spoke", new[] { "Gov.", "Michelle", "Lujan", "Grisham", "and", "Martin", "Luther", "King", "Jr.", "spoke" })]
    [InlineData("John F. Kennedy", new[] { "John", "F.", "Kennedy" })]
    [InlineData("at 10:30 a.m. on Oct. 21, 2021", new[] { "at", "10:30", "a.m.", "on", "Oct.", "21", ",", "2021" })]
    [InlineData("“We look forward,” he said.", new[] { "“", "We", "look", "forward", ",", "”", "he", "said", "." })]
    [InlineData("the 'Rust' set", new[] { "the", "'", "Rust", "'", "set" })]
    [InlineData("\"Rust,\" the film", new[] { "\"", "Rust", ",", "\"", "the", "film" })]
    [InlineData("charges – then dropped—again", new[] { "charges", "–", "then", "dropped", "—", "again" })]
    [InlineData("Wait... what… ok", new[] { "Wait", "...", "what", "…", "ok" })]
    [InlineData("an 18-month sentence on 2024-04-15", new[] { "an", "18-month", "sentence", "on", "2024-04-15" })]
    [InlineData("AT&T and Q&A", new[] { "AT&T", "and", "Q&A" })]
    [InlineData("the No. 2 man said No.", new[] { "the", "No.", "2", "man", "said", "No", "." })]
    [InlineData("in the '90s", new[] { "in", "the", "'90s" })]
    [InlineData("1,2,3", new[] { "1", ",", "2", ",", "3" })]
    public void SplitsNewsTextIntoPennLikeTokens(string text, string[] expected) =>
        Assert.Equal(expected, Texts(text));

    [Theory]
    [InlineData("See https://t.co/AbC123.", "https://t.co/AbC123", TokenKind.Url)]
    [InlineData("(www.example.com/page?id=4)", "www.example.com/page?id=4", TokenKind.Url)]
    [InlineData("pic.twitter.com/xYz12 end", "pic.twitter.com/xYz12", TokenKind.Url)]
    [InlineData("Read it on Neowin.net.", "Neowin.net", TokenKind.Url)]
    [InlineData("Write to tips@example.co.uk.", "tips@example.co.uk", TokenKind.Email)]
    [InlineData("— Elon Musk (@elonmusk) December 21, 2022", "@elonmusk", TokenKind.Handle)]
    [InlineData("trending #RustMovie now", "#RustMovie", TokenKind.Hashtag)]
    [InlineData("It cost $100,000.", "100,000", TokenKind.Number)]
    [InlineData("on Jan 19th", "19th", TokenKind.Number)]
    [InlineData("a 10-year-old", "10-year-old", TokenKind.Word)]
    [InlineData("It cost $5", "$", TokenKind.Symbol)]
    public void RecognisesSpecialTokens(string text, string token, TokenKind kind)
    {
        var found = Tokenizer.Tokenize(text).Single(t => t.Text == token);
        Assert.Equal(kind, found.Kind);
    }

    [Fact]
    public void SentenceEndsStaySeparateFromWordsAndDomainsNeedLowerCaseTld()
    {
        Assert.Equal(new[] { "done", ".", "It", "was" }, Texts("done.It was"));
        Assert.Equal(new[] { "in", "2024", "." }, Texts("in 2024."));
    }

    [Fact]
    public void OffsetsPointIntoTheTextAndRespectTheRange()
    {
        const string text = "Watch Now\nAlec Baldwin's case, N.M. — $100,000.";
        int start = text.IndexOf("Alec", StringComparison.Ordinal);
        var tokens = Tokenizer.Tokenize(text, start, text.Length);
        Assert.Equal("Alec", tokens[0].Text);
        Assert.All(tokens, t => Assert.Equal(text[t.Start..t.End], t.Text));
        Assert.True(tokens.Zip(tokens.Skip(1)).All(p => p.First.End <= p.Second.Start));
    }

    [Fact]
    public void EveryListedAbbreviationKeepsItsPeriod()
    {
        foreach (var form in Abbreviations.Default.Forms)
        {
            Abbreviations.Default.TryGet(form, out var kind);
            string text = kind == AbbreviationKind.BeforeNumber ? $"see {form}. 4" : $"see {form}. Smith";
            Assert.Equal(form + ".", Tokenizer.Tokenize(text)[1].Text);
        }
    }

    [Fact]
    public void NonLatinAndEmojiTextYieldsTokensWithoutLosingCharacters()
    {
        const string text = "Erdoğan said 👍🏽 «non» café";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Contains(tokens, t => t.Text == "Erdoğan");
        Assert.Contains(tokens, t => t.Text == "café");
        Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), tokens.Sum(t => t.Length));
    }

    [Fact]
    public void LongRunsOfDottedTextAreTokenizedWhole()
    {
        string text = string.Concat(Enumerable.Repeat("a.b.", 50_000)) + " x@" + new string('y', 100_000) + ".com";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), tokens.Sum(t => t.Length));
    }
}

