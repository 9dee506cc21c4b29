using Chronicle.Domain.Entities;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Query;
using Chronicle.Store;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Query;

/// <summary>
/// What `timeline` and `check` read from a store of several pages, against the same reads done the plain way: a
/// timeline over the store's indexes equals one over every stored event held in memory, and the sentences the claim
/// reader gets (an entity's sentences, and the sentences around them) equal those cut from each stored page with its
/// stored mentions. Faster store queries must keep these equal (issue 16). The pages are sentences written for this test.
/// </summary>
public class EntityReadsTests
{
    private static readonly string[] Pages =
    [
        """{"date":"2021-02-01","text":"Harlow Mills hires a chief. Harlow Mills appointed Ines Carrow as chief executive on Monday. She joined from a rival. The board said the search took a year."}""",
        """{"date":"2021-06-15","text":"Carrow case. Prosecutors charged Bram Ostrow with fraud on Tuesday. Ostrow denied the charge. Ines Carrow said Harlow Mills would cooperate."}""",
        """{"date":"2021-11-03","text":"Mill strike ends. Workers at Harlow Mills ended a strike on Wednesday. Chief executive Ines Carrow thanked them. Output resumes next week."}""",
        """{"date":"2022-03-09","text":"Ostrow trial. Bram Ostrow faces trial in Leeds. Prosecutors dropped one fraud charge against Ostrow on Wednesday. He still faces two."}""",
        """{"date":"2022-08-22","text":"Carrow to leave. Ines Carrow resigned as chief executive of Harlow Mills on Monday. Her deputy Tovin Reyes takes over. Reyes has run the Leeds plant."}""",
        """{"date":"2023-01-12","text":"Reyes sets plan. Tovin Reyes, chief executive of Harlow Mills, said the company would close one plant. Bram Ostrow was convicted of fraud the same week."}""",
    ];

    private static IChronicleStore Ingested(TestStore test, TempFolder folder)
    {
        var store = test.Open();
        // Two runs, the second bringing pages published before some already stored.
        foreach (var (name, pages) in new[] { ("late", Pages[3..]), ("early", Pages[..3]) })
        {
            string input = folder.File($"{name}.jsonl");
            File.WriteAllLines(input, pages);
            new Ingestor(store, new DocumentAnalyzer(), 2, threads: 1).Ingest(new InputReader().Read([input]));
        }
        return store;
    }

    private static readonly DateOnly?[] Cutoffs = [null, new DateOnly(2021, 6, 30), new DateOnly(2022, 8, 22), new DateOnly(2022, 12, 31)];

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_timeline_over_the_store_equals_one_over_every_stored_event(string backend)
    {
        using var test = new TestStore(backend);
        using var folder = new TempFolder();
        using var store = Ingested(test, folder);
        var events = store.EventsReported(null, null);
        var indexed = new FactQueries(new StoreEventSource(store));
        var plain = new FactQueries(new InMemoryEventSource(events, name => EntityChoice.Find(store, name)?.Key));
        var names = store.ListEntities(100).Select(e => e.Name).Concat(["Carrow", "Ostrow"]).ToList();
        int entries = 0;
        foreach (var name in names)
            foreach (var to in Cutoffs)
            {
                var expected = Render(plain.Timeline(name, null, to));
                Assert.Equal(expected, Render(indexed.Timeline(name, null, to)));
                entries += expected.Count;
            }
        Assert.Contains(Render(indexed.Timeline("Bram Ostrow", null, null)), e => e.Contains("justice.convict"));
        Assert.True(entries > 10, $"only {entries} timeline entries: the pages no longer give events");
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void The_claim_readers_sentences_equal_those_cut_from_each_stored_page(string backend)
    {
        using var test = new TestStore(backend);
        using var folder = new TempFolder();
        using var store = Ingested(test, folder);
        var pages = store.ListDocuments().Select(d => (Page: store.GetDocument(d.Id)!, Mentions: store.EntityMentions(d.Id))).ToList();
        var entities = store.ListEntities(100).Where(e => e.Type is EntityType.Person or EntityType.Organization).ToList();
        var place = store.ListEntities(100).FirstOrDefault(e => e.Type == EntityType.Location);
        Assert.True(entities.Count >= 4, "the entity stage no longer finds the pages' people and companies");
        foreach (var entity in entities)
            foreach (var before in Cutoffs)
            {
                Assert.Equal(Render(Cut(pages, [entity.Key], [], before, 0, namedOnly: true)), Render(store.SentencesMentioning([entity.Key], before)));
                long[] context = place is null ? [] : [place.Key];
                Assert.Equal(Render(Cut(pages, [entity.Key], context, before, 2, namedOnly: false)), Render(store.SentencesAround([entity.Key], context, before, 2)));
            }
        // Two entities at once, as a claim about a person and a company reads them.
        long[] both = [entities[0].Key, entities[1].Key];
        Assert.Equal(Render(Cut(pages, both, [], null, 1, namedOnly: false)), Render(store.SentencesAround(both, [], null, 1)));
    }

    /// <summary>
    /// The plain reading: in each page published by <paramref name="before"/> that mentions one of the entities, the
    /// sentences mentioning one of them (or, unless <paramref name="namedOnly"/>, a context entity) and the
    /// <paramref name="following"/> sentences after each; every stored mention inside, offsets relative to the sentence.
    /// </summary>
    private static List<MentionedSentence> Cut(List<(StoredDocument Page, IReadOnlyList<StoredEntityMention> Mentions)> pages,
        long[] keys, long[] context, DateOnly? before, int following, bool namedOnly)
    {
        var read = new List<MentionedSentence>();
        foreach (var (page, mentions) in pages.Where(p => before is null || p.Page.Summary.Date <= before)
                     .OrderBy(p => p.Page.Summary.Date).ThenBy(p => p.Page.Summary.Id, StringComparer.Ordinal))
        {
            if (!mentions.Any(m => keys.Contains(m.EntityKey))) continue;
            var sentences = page.Sentences;
            List<StoredEntityMention> In(int i) => mentions.Where(m => m.Start >= sentences[i].Span.Start && m.Start < sentences[i].Span.End).ToList();
            var named = Enumerable.Range(0, sentences.Count).Where(i => In(i).Any(m => keys.Contains(m.EntityKey) || !namedOnly && context.Contains(m.EntityKey)));
            foreach (int i in named.SelectMany(i => Enumerable.Range(i, following + 1)).Where(i => i < sentences.Count).Distinct().Order())
            {
                int start = sentences[i].Span.Start;
                read.Add(new MentionedSentence(page.Summary.Id, page.Summary.Date, sentences[i].Index, sentences[i].Text,
                    In(i).Select(m => new SentenceMention(m.EntityKey, m.Type, m.Start - start, m.End - start, m.Text)).ToList()));
            }
        }
        return read;
    }

    private static List<string> Render(IEnumerable<MentionedSentence> sentences) => sentences
        .Select(s => $"{s.Date} {s.DocumentId} #{s.SentenceIndex} {s.Text} [{string.Join("; ", s.Mentions.OrderBy(m => m.Start).ThenBy(m => m.End).ThenBy(m => m.EntityKey).Select(m => $"{m.EntityKey} {m.Type} {m.Start}-{m.End} {m.Text}"))}]")
        .ToList();

    private static List<string> Render(IEnumerable<TimelineEntry> entries) => entries
        .Select(e => $"{e.Date} {e.Type} {e.Summary} {e.Modality} [{string.Join(" | ", e.Sources.Select(s => $"{s.Doc} {s.Date} {s.Sentence}"))}]")
        .ToList();
}
