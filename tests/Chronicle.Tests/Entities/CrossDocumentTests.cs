using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Entities;

/// <summary>Entities stored during ingest and resolved across articles.</summary>
public class CrossDocumentTests
{
    private static readonly AnalysisOptions EntitiesOnly = new(Time: false, Entities: true, Events: false);

    private static DocumentAnalysis Analyse(string text, DateOnly date)
    {
        string page = DocumentIdentity.Normalize(text);
        return new DocumentAnalyzer(EntitiesOnly).Analyze(new Document(DocumentIdentity.IdOf(page), date, page));
    }

    internal static void Save(SqliteStore store, string text, string date) => store.SaveBatch([Analyse(text, DateOnly.Parse(date))]);

    [Fact]
    public void A_later_article_calling_her_Hannah_Gutierrez_lands_on_the_same_entity()
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        Save(store, "Actor Alec Baldwin and armorer Hannah Gutierrez-Reed were charged in New Mexico. Gutierrez-Reed pleaded not guilty.", "2023-01-31");
        Save(store, "A jury found armorer Hannah Gutierrez guilty on Wednesday. Alec Baldwin faces his own trial in Santa Fe.", "2024-03-06");

        var hannah = store.FindEntities("Hannah Gutierrez");
        var full = store.FindEntities("Hannah Gutierrez-Reed");
        Assert.Single(full);
        Assert.Equal(full[0].Key, Assert.Single(hannah).Key);
        var profile = store.GetEntity(full[0].Key)!;
        Assert.Equal(2, profile.Entity.Documents);
        Assert.Equal(new DateOnly(2023, 1, 31), profile.Entity.FirstSeen);
        Assert.Equal(new DateOnly(2024, 3, 6), profile.Entity.LastSeen);
        Assert.Contains(profile.Aliases, a => a.Name == "Hannah Gutierrez");
        Assert.Contains(profile.Roles, r => r.Role == "armorer" && r.Date == new DateOnly(2023, 1, 31));
        Assert.Contains(profile.Roles, r => r.Role == "armorer" && r.Date == new DateOnly(2024, 3, 6));
    }

    [Fact]
    public void Every_article_about_Baldwin_lands_on_one_entity_and_other_Alecs_and_Baldwins_do_not()
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        Save(store, "Alec Baldwin was charged with involuntary manslaughter in New Mexico. Baldwin denied wrongdoing.", "2023-01-31");
        Save(store, "Prosecutors dropped the charge against Alec Baldwin on Thursday. Baldwin thanked his lawyers.", "2023-04-21");
        Save(store, "Stephen Baldwin spoke at a church in Ohio. Baldwin said he would return next year.", "2023-05-02");
        Save(store, "Alec Guinness starred in the film in London. Guinness won an award.", "2023-05-03");

        var alec = Assert.Single(store.FindEntities("Alec Baldwin"));
        Assert.Equal(2, alec.Documents);
        Assert.Equal(EntityType.Person, alec.Type);
        Assert.NotEqual(alec.Key, Assert.Single(store.FindEntities("Stephen Baldwin")).Key);
        Assert.NotEqual(alec.Key, Assert.Single(store.FindEntities("Alec Guinness")).Key);
        Assert.True(store.FindEntities("Baldwin").Count >= 2, "a bare surname shared by two people is ambiguous");
    }

    [Fact]
    public void A_longer_name_of_a_known_company_joins_it_only_when_the_stories_overlap()
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        // Boeing is not the first word of the page: a listed name opening a one-sentence page is left to the tagger,
        // whose reading of it there varies from one trained model to the next; this test is about resolution.
        Save(store, "The Pentagon gave Boeing a tanker contract on Friday, beating Airbus in Seattle.", "2011-02-25");
        Save(store, "Boeing Commercial Airplanes said the Pentagon order would keep its Seattle plant busy, Airbus said it would appeal.", "2011-03-01");
        Save(store, "Apple Corps, the label of the Beatles, settled with EMI in London.", "2007-04-12");

        var boeing = Assert.Single(store.FindEntities("Boeing"));
        Assert.Equal(2, boeing.Documents);
        Assert.Contains(store.GetEntity(boeing.Key)!.Aliases, a => a.Name == "Boeing Commercial Airplanes");
        Assert.Empty(store.FindEntities("Apple"));
    }

    [Fact]
    public void Stored_mentions_carry_their_canonical_entity()
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        var analysis = Analyse("Alec Baldwin was charged in New Mexico. Baldwin denied it.", new DateOnly(2023, 1, 31));
        store.SaveBatch([analysis]);
        var mentions = store.EntityMentions(analysis.Document.Id);
        var baldwin = mentions.Where(m => m.Text is "Alec Baldwin" or "Baldwin").ToList();
        Assert.Equal(2, baldwin.Count);
        Assert.Single(baldwin.Select(m => m.EntityKey).Distinct());
        Assert.All(baldwin, m => Assert.Equal("Alec Baldwin", m.Entity));
    }

    [Fact]
    public void A_name_read_as_a_person_joins_the_company_another_article_shows_it_to_be()
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        Save(store, "Pemberton's shareholders rejected the plan on Monday. Pemberton said it would try again. Pemberton opened in 1990.", "2024-03-04");
        // Nothing in this article says what Pemberton is; the tagger reads a person.
        Save(store, "Analysts said Pemberton had lost ground to rivals. Pemberton did not comment.", "2024-03-05");

        var company = Assert.Single(store.FindEntities("Pemberton"));
        Assert.Equal(2, company.Documents);
        Assert.Equal(EntityType.Organization, company.Type);
    }

    [Fact]
    public void A_company_shown_by_its_wording_joins_the_entity_an_earlier_article_guessed_a_person()
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        Save(store, "Analysts said Pemberton had lost ground to rivals. Pemberton did not comment.", "2024-03-04");
        Save(store, "Pemberton's shareholders rejected the plan on Monday. Pemberton's chief executive said the company would try again. Pemberton opened in 1990.", "2024-03-05");

        var company = Assert.Single(store.FindEntities("Pemberton"));
        Assert.Equal(2, company.Documents);
        Assert.Equal(EntityType.Organization, company.Type);
    }

    [Fact]
    public void A_person_shown_by_the_wording_does_not_join_a_company_of_the_same_name()
    {
        using var dir = new TempFolder();
        using var store = new SqliteStore(dir.File("c.db"));
        Save(store, "Pemberton's shareholders rejected the plan on Monday. Pemberton said it would try again.", "2024-03-04");
        Save(store, "Mr. Pemberton said he would retire to the coast. Pemberton is 71.", "2024-03-05");

        var named = store.FindEntities("Pemberton");
        Assert.Equal(2, named.Count);
        Assert.Contains(named, e => e.Type == EntityType.Person);
        Assert.Contains(named, e => e.Type == EntityType.Organization);
    }
}
