using Chronicle.Events.Extraction;
using Chronicle.Events.Names;

namespace Chronicle.Tests.Events;

/// <summary>The name tokens every mention of a page is compared by, and the recency order pronouns are resolved in.</summary>
public class NameTokensTests
{
    [Theory]
    [InlineData("Mr. Alec Baldwin", "alec baldwin")]
    [InlineData("Baldwin’s", "baldwin")]
    [InlineData("'Rust' Movie Productions, LLC", "rust movie productions")]
    [InlineData("Hannah Gutierrez-Reed", "hannah gutierrez reed")]
    [InlineData("AT&T Inc.", "at&t")]
    [InlineData("U.S.", "us")]
    [InlineData("The Company", "the company")] // only dropped words: the words themselves
    [InlineData("  --  ", "")]
    public void Tokens_drop_titles_suffixes_punctuation_and_possessives(string name, string expected) =>
        Assert.Equal(expected, string.Join(' ', NameMatcher.Tokens(name)));

    [Fact]
    public void A_long_name_is_tokenized_like_a_short_one()
    {
        string name = string.Join(' ', Enumerable.Repeat("Northwind", 100)) + " Ltd";
        Assert.Equal(Enumerable.Repeat("northwind", 100), NameMatcher.Tokens(name));
    }

    [Fact]
    public void The_name_mentioned_last_comes_first_and_each_name_once()
    {
        var recent = new RecentNames();
        foreach (var name in new[] { "Alec Baldwin", "Halyna Hutchins", "Joel Souza", "Alec Baldwin" }) recent.Touch(name);
        Assert.Equal(["Alec Baldwin", "Joel Souza", "Halyna Hutchins"], recent.NewestFirst());
    }
}
