using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Store;

/// <summary>The contracts of every store, run against each backend (SQLite, and PostgreSQL when a server is there).</summary>
public class StoreTests
{
    private static DocumentAnalysis Analyse(string text, DateOnly date, AnalysisOptions? options = null)
    {
        string page = DocumentIdentity.Normalize(text);
        return new DocumentAnalyzer(options ?? AnalysisOptions.TextOnly).Analyze(new Document(DocumentIdentity.IdOf(page), date, page));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_batch_is_stored_with_its_sentences_and_read_back_with_offsets_into_the_page(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var analysis = Analyse("Headline about a merger\n\nMicrosoft agreed to buy Activision. The deal closed later.", new DateOnly(2022, 1, 18));
        Assert.Equal(new BatchResult(1, 0), store.SaveBatch([analysis]));

        var stored = store.GetDocument(analysis.Document.Id[..8])!;
        Assert.Equal(new DateOnly(2022, 1, 18), stored.Summary.Date);
        Assert.NotEmpty(stored.Sentences);
        foreach (var s in stored.Sentences)
            Assert.Equal(s.Text, stored.Text[s.Start..s.End]);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void The_same_content_is_stored_once(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var a = Analyse("Same page.", new DateOnly(2022, 1, 1));
        Assert.Equal(new BatchResult(1, 1), store.SaveBatch([a, a]));
        Assert.Equal(new BatchResult(0, 1), store.SaveBatch([a]));
        Assert.Single(store.ListDocuments());
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_failing_batch_leaves_nothing_half_written(string backend)
    {
        using var test = new TestStore(backend);
        using (var store = test.Open())
        {
            store.SaveBatch([Analyse("Stored before.", new DateOnly(2022, 1, 1))]);
            var good = Analyse("Good page in a bad batch.", new DateOnly(2022, 1, 2));
            // A sentence index outside the document's sentence list makes the write fail half-way through the batch.
            var broken = Analyse("Broken page.", new DateOnly(2022, 1, 3));
            broken.Sentences = [new Sentence(5, new TextSpan(0, 6), "Broken")];
            Assert.ThrowsAny<Exception>(() => store.SaveBatch([good, broken]));
        }
        using var reopened = test.Open();
        Assert.Equal(["Stored before."], reopened.ListDocuments().Select(d => reopened.GetDocument(d.Id)!.Text));
        Assert.Single(reopened.Search(new SearchQuery("stored")));
        Assert.Empty(reopened.Search(new SearchQuery("good")));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Search_ranks_sentences_stems_words_highlights_and_filters_by_date(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        store.SaveBatch([
            Analyse("Baldwin was charged with involuntary manslaughter.\nThe weather was fine.", new DateOnly(2023, 1, 31)),
            Analyse("Prosecutors dropped the manslaughter charge against Baldwin.", new DateOnly(2023, 4, 21)),
            Analyse("A grand jury indicted Baldwin on a manslaughter charge.", new DateOnly(2024, 1, 19)),
        ]);
        var hits = store.Search(new SearchQuery("manslaughter charges"));
        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Contains(SearchQuery.MatchOpen + "manslaughter" + SearchQuery.MatchClose, h.Highlighted));
        Assert.DoesNotContain(hits, h => h.Sentence.Contains("weather"));

        var window = store.Search(new SearchQuery("manslaughter", After: new DateOnly(2023, 4, 21), Before: new DateOnly(2023, 12, 31)));
        Assert.Equal([new DateOnly(2023, 4, 21)], window.Select(h => h.Date));
    }

    [SkippableTheory]
    [InlineData("sqlite", "\"grand jury\"", 1)]
    [InlineData("sqlite", "jury AND OR NOT (", 1)]
    [InlineData("sqlite", "indicted* \"unclosed", 1)]
    [InlineData("sqlite", "--- ???", 0)]
    [InlineData("postgres", "\"grand jury\"", 1)]
    [InlineData("postgres", "jury AND OR NOT (", 1)]
    [InlineData("postgres", "indicted* \"unclosed", 1)]
    [InlineData("postgres", "--- ???", 0)]
    [InlineData("postgres", "the & | ! <-> :*", 0)]
    public void Search_accepts_any_user_text_without_query_syntax_errors(string backend, string query, int expected)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        store.SaveBatch([Analyse("A grand jury indicted Baldwin.", new DateOnly(2024, 1, 19)), Analyse("The jury was grand.", new DateOnly(2024, 1, 20))]);
        Assert.Equal(expected, store.Search(new SearchQuery(query)).Count(h => h.Sentence.Contains("indicted")));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Sentences_are_read_by_the_entities_they_mention_up_to_a_date(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var full = AnalysisOptions.All;
        store.SaveBatch([
            Analyse("Maria Okafor became chief executive of Dunmore Bank on Monday.\n\nThe bank's shares rose.", new DateOnly(2030, 1, 6), full),
            Analyse("Maria Okafor resigned from Dunmore Bank on Friday.", new DateOnly(2030, 5, 3), full)]);
        long maria = store.FindEntities("Maria Okafor").Single().Key;

        var upToJanuary = store.SentencesMentioning([maria], new DateOnly(2030, 1, 31));
        var sentence = Assert.Single(upToJanuary);
        Assert.Equal(new DateOnly(2030, 1, 6), sentence.Date);
        var mention = Assert.Single(sentence.Mentions, m => m.EntityKey == maria);
        Assert.Equal("Maria Okafor", sentence.Text[mention.Start..mention.End]);
        Assert.Equal(2, store.SentencesMentioning([maria], null).Count);
        // Around the mention: the sentence that follows it too, though it names nobody, but not further.
        var around = store.SentencesAround([maria], [], new DateOnly(2030, 1, 31), following: 1);
        Assert.Equal(2, around.Count);
        Assert.Contains(around, s => s.Mentions.All(m => m.EntityKey != maria));
        Assert.Single(store.SentencesAround([maria], [], new DateOnly(2030, 1, 31), following: 0));
        Assert.Empty(store.SentencesMentioning([], null));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Sentences_are_read_by_a_window_of_days_as_the_reader_reads_newest_first(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var full = AnalysisOptions.All;
        store.SaveBatch([
            Analyse("Maria Okafor became chief executive of Dunmore Bank on Monday.\n\nThe bank's shares rose.", new DateOnly(2030, 1, 6), full),
            Analyse("Maria Okafor visited Dunmore Bank in Lagos.\n\nShe met the staff.", new DateOnly(2030, 3, 2), full),
            Analyse("Maria Okafor resigned from Dunmore Bank on Friday.", new DateOnly(2030, 5, 3), full)]);
        long maria = store.FindEntities("Maria Okafor").Single().Key;

        // The window's days are inclusive at both ends; the windows read one after another give the whole read, in order.
        var march = store.SentencesAround([maria], [], new DateOnly(2030, 5, 2), following: 1, publishedOnOrAfter: new DateOnly(2030, 3, 2));
        Assert.Equal(2, march.Count);
        Assert.All(march, s => Assert.Equal(new DateOnly(2030, 3, 2), s.Date));
        Assert.Contains(march.SelectMany(s => s.Mentions), m => m.EntityKey == maria);
        var windows = store.SentencesAround([maria], [], new DateOnly(2030, 3, 1), 1)
            .Concat(march).Concat(store.SentencesAround([maria], [], new DateOnly(2030, 5, 3), 1, publishedOnOrAfter: new DateOnly(2030, 5, 3)));
        Assert.Equal(store.SentencesAround([maria], [], new DateOnly(2030, 5, 3), 1).Select(s => (s.DocumentId, s.SentenceIndex, s.Text, s.Mentions.Count)),
            windows.Select(s => (s.DocumentId, s.SentenceIndex, s.Text, s.Mentions.Count)));
        Assert.Empty(store.SentencesAround([maria], [], new DateOnly(2030, 5, 2), 1, publishedOnOrAfter: new DateOnly(2030, 3, 3)));
        Assert.Equal(2, store.SentencesMentioning([maria], null, publishedOnOrAfter: new DateOnly(2030, 3, 2)).Count);
        Assert.Single(store.SentencesMentioning([maria], new DateOnly(2030, 4, 1), publishedOnOrAfter: new DateOnly(2030, 1, 7)));
    }
}
