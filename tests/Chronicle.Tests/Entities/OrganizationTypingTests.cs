using Chronicle.Domain.Entities;
using Chronicle.Entities;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using Chronicle.Text;

namespace Chronicle.Tests.Entities;

/// <summary>
/// Company names whose last word is a trade ("Foods", "Shipping") are organizations on every page, and a bare title
/// ("CEO") is a role, never an entity.
/// </summary>
public class OrganizationTypingTests
{
    private static IReadOnlyList<EntityMention> Recognize(string text) => EntityRecognizer.Default.Recognize(text, SentenceSplitter.Split(text));

    private static void Save(SqliteStore store, string text, string date) => CrossDocumentTests.Save(store, text, date);

    [Fact]
    public void A_company_named_by_its_trade_is_one_organization_across_pages()
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        Save(store, "Tallis Foods names chief. Tallis Foods appointed Orrin Vale as chief executive on Monday. Vale previously ran the company's bakery arm.", "2021-03-02");
        Save(store, "Tallis Foods results. Tallis Foods chief executive Orrin Vale said sales rose 4 percent in the summer.", "2021-09-14");
        Save(store, "Tallis chief to leave. Orrin Vale will step down as chief executive of Tallis Foods on June 30, the company said on Tuesday.", "2022-05-10");

        var company = Assert.Single(store.FindEntities("Tallis Foods"));
        Assert.Equal(EntityType.Organization, company.Type);
        Assert.Equal(3, company.Documents);
        Assert.Equal(EntityType.Person, Assert.Single(store.FindEntities("Orrin Vale")).Type);
    }

    [Theory]
    [InlineData("Halvorsen Shipping said on Friday that freight rates fell.", "Halvorsen Shipping")]
    [InlineData("Dagny Lund runs Halvorsen Shipping from Bergen.", "Halvorsen Shipping")]
    [InlineData("Corvell Rail appointed Mara Quist as chief executive.", "Corvell Rail")]
    public void A_name_ending_in_a_trade_is_an_organization_wherever_it_stands(string text, string company)
    {
        Assert.Contains(Recognize(text), m => m.Text == company && m.Type == EntityType.Organization);
        Assert.DoesNotContain(Recognize(text), m => m.Text.Contains(company.Split(' ')[0]) && m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("The CEO said on Monday that sales fell.")]
    [InlineData("He was named CEO in 2020.")]
    [InlineData("The company named a new CEO, Kelly Ortberg, in July.")]
    [InlineData("She became CEO of Kroger last year.")]
    [InlineData("The Chief Executive said the plan was sound.")]
    public void A_bare_title_is_never_an_entity(string text)
    {
        Assert.DoesNotContain(Recognize(text), m => m.Text is "CEO" or "Chief Executive");
    }

    [Fact]
    public void A_title_before_a_person_is_the_persons_role()
    {
        var person = Assert.Single(Recognize("CEO Kelly Ortberg spoke to reporters on Monday."));
        Assert.Equal("Kelly Ortberg", person.Text);
        Assert.Equal("ceo", person.Role?.Role);
    }
}
