using Chronicle.Domain.Time;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>The seed page of the project (published 2023-04-20, a Thursday): the values the issue asks for.</summary>
public class SeedArticleTests
{
    private static readonly DateOnly Published = new(2023, 4, 20);

    private static TimeMention Single(string sentence, string expression)
    {
        var mentions = TimeTagger.Default.Tag(sentence, Published);
        return Assert.Single(mentions, m => m.Text == expression);
    }

    [Fact]
    public void Thursday_is_the_publication_day()
    {
        var m = Single("ABC, NBC, Variety and Deadline reported Thursday afternoon that prosecutors are expected to drop the counts.", "Thursday afternoon");
        Assert.StartsWith("2023-04-20", m.Value);
        Assert.Equal("2023-04-20", Single("filming will restart Thursday at the Yellowstone Film Ranch.", "Thursday").Value);
    }

    [Fact]
    public void January_is_past_with_an_inferred_year()
    {
        var m = Single("The 65-year-old actor was charged in January along with weapons supervisor Hannah Gutierrez-Reed.", "January");
        Assert.Equal("2023-01", m.Value);
        Assert.Equal(TimexGranularity.Month, m.Parsed.Granularity);
        Assert.True(m.Inferred);
        Assert.True(m.StatedParts.HasFlag(TimexParts.Month));
        Assert.True(m.InferredParts.HasFlag(TimexParts.Year));
    }

    [Fact]
    public void The_age_is_not_a_time()
    {
        var mentions = TimeTagger.Default.Tag("The 65-year-old actor was charged in January.", Published);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("year"));
    }

    [Fact]
    public void Last_month_and_October_2021()
    {
        var sentence = "The production company finalized a settlement last month before Halyna Hutchins was shot and killed in October 2021.";
        Assert.Equal("2023-03", Single(sentence, "last month").Value);
        var october = Single(sentence, "October 2021");
        Assert.Equal("2021-10", october.Value);
        Assert.False(october.Inferred);
    }

    [Fact]
    public void Tense_decides_the_year_of_a_bare_month()
    {
        Assert.Equal("2023-01", Single("He was charged in January.", "January").Value);
        Assert.Equal("2024-03", Single("The trial begins in March.", "March").Value);
        Assert.Equal("2022-06", Single("She was sentenced in June.", "June").Value);
        Assert.Equal("2023-06", Single("She will be sentenced in June.", "June").Value);
    }

    [Fact]
    public void Offsets_are_utf16_into_the_text()
    {
        const string text = "“Quoted” — on Monday, Oct. 26, 1987 stocks fell.";
        var m = Assert.Single(TimeTagger.Default.Tag(text, Published));
        Assert.Equal("Monday, Oct. 26, 1987", text[m.Start..m.End]);
        Assert.Equal("1987-10-26", m.Value);
    }
}

public class DiscourseTests
{
    [Fact]
    public void Sentences_of_one_document_share_the_time_talked_about()
    {
        var dct = new DateOnly(2023, 4, 20);
        var discourse = new Chronicle.Time.Normalization.DiscourseTime(dct);
        TimeTagger.Default.Tag("The raid took place on March 3.", dct, discourse);
        var next = Assert.Single(TimeTagger.Default.Tag("The next day, police made arrests.", dct, discourse));
        Assert.Equal("2023-03-04", next.Value);
        Assert.Equal("2023-04-21", Assert.Single(TimeTagger.Default.Tag("The next day, police made arrests.", dct)).Value);
    }
}
