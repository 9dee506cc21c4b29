using Chronicle.Query.Reading;

namespace Chronicle.Tests.Query;

/// <summary>Which predicate a word names (Reading/WordForms with the vocabulary of Resources/reading.json), apart from its tense.</summary>
public class WordFormsTests
{
    private static readonly WordForms Forms = ReadingLexicon.Default.Forms;

    [Theory]
    [InlineData("delivery", "delivered")]
    [InlineData("deliveries", "deliver")]
    [InlineData("agreement", "agreed")]
    [InlineData("compensation", "compensate")]
    [InlineData("compensated", "compensates")]
    [InlineData("cuts", "cutting")]
    [InlineData("cancellation", "cancelled")]
    [InlineData("removal", "removed")]
    [InlineData("departure", "departed")]
    [InlineData("flight", "flew")]
    [InlineData("flights", "flown")]
    [InlineData("sale", "sold")]
    [InlineData("purchase", "purchased")]
    public void Forms_of_one_predicate_are_joined(string a, string b)
    {
        Assert.True(Forms.Share(a, b));
        Assert.True(Forms.Share(b, a));
    }

    [Theory]
    [InlineData("legal", "leg")]
    [InlineData("national", "nation")]
    [InlineData("flight", "fled")]
    [InlineData("sold", "soldier")]
    [InlineData("deliver", "liver")]
    public void Words_of_other_predicates_are_kept_apart(string a, string b) => Assert.False(Forms.Share(a, b));

    [Theory]
    [InlineData("flew", FormTense.Past)]
    [InlineData("flown", FormTense.Participle)]
    [InlineData("flight", FormTense.Other)]
    [InlineData("purchased", FormTense.Past)]
    [InlineData("purchase", FormTense.Other)]
    [InlineData("bought", FormTense.Past)]
    public void The_tense_a_form_carries_is_told_apart_from_its_predicate(string word, FormTense tense) =>
        Assert.Equal(tense, Forms.TenseOf(word));
}
