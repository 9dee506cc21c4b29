using Chronicle.Entities.Chains;
using Chronicle.Entities.Recognition;

namespace Chronicle.Tests.Entities;

public class NameMatchingTests
{
    private static string[] W(string name) => NameKey.Words(name);

    [Theory]
    [InlineData("Hannah Gutierrez-Reed", "Hannah Gutierrez", false, true)]
    [InlineData("Hannah Gutierrez-Reed", "Gutierrez-Reed", false, true)]
    [InlineData("Halyna Hutchins", "Halyna Hutchin", true, true)]
    [InlineData("Halyna Hutchins", "Halyna Hutchin", false, false)]
    [InlineData("Alec Baldwin", "Stephen Baldwin", true, false)]
    [InlineData("Alec Baldwin", "Alec Guinness", true, false)]
    [InlineData("Alec Baldwin", "ALEC BALDWIN", false, true)]
    [InlineData("Ann Lee", "Ann Lea", true, false)]
    [InlineData("Hannah Gutierrez-Reed", "Hanna Gutierrez-Reed", true, true)]
    [InlineData("Carrie Johnson", "Boris Johnson", true, false)]
    [InlineData("Tim Cook", "Timothy D. Cook", true, true)]
    [InlineData("Bill Turner", "William Turner", true, true)]
    [InlineData("Tim Cook", "Timothy D. Cook", false, false)]
    [InlineData("Tim Cook", "Thomas Cook", true, false)]
    [InlineData("Tim Cook", "Timothy Baker", true, false)]
    public void Full_names(string a, string b, bool allowTypo, bool same) =>
        Assert.Equal(same, PersonNames.SameFullName(W(a), W(b), allowTypo));

    [Theory]
    [InlineData("Baldwin", "Alec Baldwin", true)]
    [InlineData("Gutierrez", "Hannah Gutierrez-Reed", true)]
    [InlineData("Alec", "Alec Baldwin", false)]
    public void Surnames(string word, string full, bool isSurname) =>
        Assert.Equal(isSurname, PersonNames.IsSurnameOf(NameKey.Of(word), W(full), allowTypo: false));

    [Fact]
    public void Keys_ignore_case_accents_apostrophes_and_hyphens() =>
        Assert.Equal("jose gutierrez reed", NameKey.Of("José  Gutiérrez-Reed’"));

    [Fact]
    public void The_tokenizer_splits_like_conll_and_keeps_offsets()
    {
        const string text = "Baldwin’s lawyer told N.M. officials “Rust” didn't cost $100,000.";
        var tokens = NameTokenizer.Tokenize(text);
        Assert.Equal(["Baldwin", "’s", "lawyer", "told", "N.M.", "officials", "“", "Rust", "”", "did", "n't", "cost", "$", "100,000", "."],
            tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
    }
}
