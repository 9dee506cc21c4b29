using Chronicle.Domain.Entities;
using Chronicle.Entities;
using Chronicle.Text;

namespace Chronicle.Tests.Entities;

/// <summary>Rules that find names the tagger passes over or mistypes; the sentences are our own.</summary>
public class RecallRuleTests
{
    private static IReadOnlyList<EntityMention> Recognize(string text) => EntityRecognizer.Default.Recognize(text, SentenceSplitter.Split(text));

    [Fact]
    public void A_surname_standing_alone_is_the_person_the_article_names_in_full()
    {
        var mentions = Recognize("The court kept the detention order against Bright. An appeal by Bright's defense was rejected. "
                                 + "The reporter Daniel Bright denies spying. Diplomats visited Bright in May.");
        var people = mentions.Where(m => m.Type == EntityType.Person).ToList();
        Assert.Equal(["Bright", "Bright", "Daniel Bright", "Bright"], people.Select(m => m.Text));
        Assert.Single(people.Select(m => m.Chain).Distinct());
    }

    [Fact]
    public void A_surname_the_article_also_writes_in_lower_case_or_inside_a_longer_name_is_not_added()
    {
        var mentions = Recognize("Daniel Bright spoke on Monday. The future looks bright, he said. Bright Horizons Fund did not comment.");
        Assert.DoesNotContain(mentions, m => m.Text == "Bright" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_count_before_an_aircraft_noun_is_not_a_model()
    {
        var mentions = Recognize("The carrier ordered 100 aircraft and twelve 767 freighters.");
        Assert.Contains(mentions, m => m.Text == "767" && m.Type == EntityType.Product);
        Assert.DoesNotContain(mentions, m => m.Text == "100");
    }

    [Fact]
    public void A_model_named_again_by_its_code_is_the_same_product()
    {
        var mentions = Recognize("Embraer showed the Embraer 195 in Paris. Each 195 seats up to 124 people.");
        var products = mentions.Where(m => m.Type == EntityType.Product).ToList();
        Assert.Equal(["195", "195"], products.Select(m => m.Text));
        Assert.Single(products.Select(m => m.Chain).Distinct());
    }

    [Fact]
    public void A_release_name_alone_joins_the_release()
    {
        var mentions = Recognize("Google released Android Pie in August. Reviewers said Pie feels faster.");
        var pie = Assert.Single(mentions, m => m.Text == "Pie");
        Assert.Equal(EntityType.Product, pie.Type);
        Assert.Equal("Android Pie", pie.Canonical);
    }

    [Fact]
    public void A_joiner_inside_a_tagged_run_separates_two_products()
    {
        var mentions = Recognize("Shoppers compared the Kindle and Kindle Pro models.");
        Assert.Contains(mentions, m => m.Text == "Kindle" && m.Type == EntityType.Product);
        Assert.Contains(mentions, m => m.Text == "Kindle Pro" && m.Type == EntityType.Product);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Organization);
    }

    [Fact]
    public void Capitalized_words_before_a_software_noun_are_one_product()
    {
        var mentions = Recognize("Fans of the Firefox Focus browser complained about the update.");
        Assert.Contains(mentions, m => m.Text == "Firefox Focus" && m.Type == EntityType.Product);
    }

    [Fact]
    public void A_hyphenated_name_written_with_spaces_is_one_listed_name()
    {
        var mentions = Recognize("Coca - Cola beats forecasts as sales rise");
        Assert.Contains(mentions, m => m.Text == "Coca - Cola" && m.Type == EntityType.Organization);
    }

    [Fact]
    public void A_given_name_and_the_word_the_tagger_cut_off_are_one_person()
    {
        var mentions = Recognize("Intel CEO Pat Gelsinger spoke first.");
        Assert.Contains(mentions, m => m.Text == "Pat Gelsinger" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_surname_before_the_full_name_is_that_person()
    {
        var mentions = Recognize("Budget row : Brauer rebuffs Quispe over farm aid .\nFinance minister Karl Brauer told Ana Quispe on Monday that the aid would wait .");
        Assert.Contains(mentions, m => m.Text == "Brauer" && m.Type == EntityType.Person);
    }

    [Fact]
    public void The_person_after_a_name_that_ends_in_a_title_is_found()
    {
        var mentions = Recognize("\" We are proud , \" said Globex Inc. CEO Anna Whitfield .");
        Assert.Contains(mentions, m => m.Text == "Globex Inc." && m.Type == EntityType.Organization);
        Assert.Contains(mentions, m => m.Text == "Anna Whitfield" && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_listed_organization_opening_a_headline_is_found_when_the_article_names_it_in_full()
    {
        var mentions = Recognize("Sony unveils new cameras\nSony Corporation said on Monday that sales rose .");
        Assert.Contains(mentions, m => m.Text == "Sony" && m.Type == EntityType.Organization);
    }

    [Fact]
    public void A_name_before_a_client_or_software_noun_stays_what_the_tagger_read()
    {
        var mentions = Recognize("She is a Goldman Sachs client and the bank runs Oracle software .");
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Product);
    }

    [Fact]
    public void A_model_word_inside_another_name_is_not_the_model()
    {
        var mentions = Recognize("Apple cut the price of the MacBook Pro . He watched the Pro Bowl on Sunday .");
        Assert.DoesNotContain(mentions, m => m.Text == "Pro" && m.Type == EntityType.Product);
    }

    [Theory]
    [InlineData("Former minister Tomas da Vellira said on Monday he would run .", "Tomas da Vellira")]
    [InlineData("The coach Willem van der Roost named his squad .", "Willem van der Roost")]
    public void A_persons_name_goes_on_over_its_particles(string text, string name)
    {
        var mentions = Recognize(text);
        Assert.Contains(mentions, m => m.Text == name && m.Type == EntityType.Person);
    }

    [Fact]
    public void A_particle_does_not_join_a_person_to_the_organization_after_it()
    {
        var mentions = Recognize("Anna Brek of the Banco de Portugal Group said rates would rise .");
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Person && m.Text.Contains("Portugal", StringComparison.Ordinal));
    }
}
