using Chronicle.Query.Reading;

namespace Chronicle.Tests.Query;

/// <summary>How the claim reader splits and compares words; the phrases are our own.</summary>
public class WordsTests
{
    [Theory]
    [InlineData("held in pre-trial detention", 2, "pretrial")]
    [InlineData("a co-founder of the firm", 1, "cofounder")]
    [InlineData("the long-term plan", 1, "longterm")]
    public void A_hyphenated_compound_is_the_one_word_term(string text, int at, string term)
    {
        var words = Words.Split(text);
        Assert.True(Words.CompoundAt(words, at, [Words.Stem(term)]));
    }

    [Theory]
    [InlineData("awaiting trial", 1, "pretrial")]
    [InlineData("held in pre-trial detention", 3, "trial")]
    [InlineData("held in pre-trial detention", 2, "pre")]
    public void Words_that_are_not_the_compound_do_not_match(string text, int at, string term) =>
        Assert.False(Words.CompoundAt(Words.Split(text), at, [Words.Stem(term)]));

    [Theory]
    [InlineData("Dana Brill runs U.S. Steel", "U.S.")]
    [InlineData("the u.k. regulator", "u.k.")]
    public void An_abbreviation_written_with_periods_is_one_word(string text, string abbreviation) =>
        Assert.Contains(Words.Split(text), w => w.Text == abbreviation);

    [Fact]
    public void A_character_outside_the_basic_plane_is_one_word_not_half_a_surrogate_pair()
    {
        var words = Words.Split("Welcome 🇵🇹 Amorim");
        Assert.All(words, w => Assert.False(w.Text.Length == 1 && char.IsSurrogate(w.Text[0])));
        Assert.Equal("Amorim", words[^1].Text);
    }
}
