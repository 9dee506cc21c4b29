using Chronicle.Facts;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Query;
using Chronicle.Store;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Facts;

/// <summary>
/// Fact states kept at ingest (issue 16): whatever order and batches the pages arrive in, including pages published
/// long before pages already stored, the stored versions equal a recomputation from all stored events, every answer
/// as of a day cites only pages published by then, and asof/changes read the same answers however the pages came.
/// The pages are sentences written for this test.
/// </summary>
public class StoredFactStateTests
{
    private static readonly string[] Pages =
    [
        """{"date":"2021-03-02","text":"Tallis Foods names chief. Tallis Foods appointed Orrin Vale as chief executive on Monday. Vale previously ran the company's bakery arm."}""",
        """{"date":"2021-09-14","text":"Tallis Foods results. Tallis Foods chief executive Orrin Vale said sales rose 4 percent in the summer."}""",
        """{"date":"2022-01-20","text":"Fraud case opens. Prosecutors charged Dario Wren with fraud on Thursday. Wren denied wrongdoing through his lawyer."}""",
        """{"date":"2022-04-11","text":"Charge dropped. Prosecutors dropped the fraud charge against Dario Wren on Monday, saying the evidence was thin."}""",
        """{"date":"2022-05-10","text":"Tallis chief to leave. Orrin Vale will step down as chief executive of Tallis Foods on June 30, the company said on Tuesday."}""",
        """{"date":"2022-07-01","text":"Tallis picks successor. Tallis Foods appointed Petra Lund as chief executive on Friday. Lund joined the company in 2015."}""",
        """{"date":"2022-11-08","text":"Harbor board. The Northgate Harbor Authority appointed Tomas Wexler as its chairman on Tuesday."}""",
        """{"date":"2023-02-06","text":"Harbor chairman quits. Tomas Wexler resigned as chairman of the Northgate Harbor Authority on Monday."}""",
    ];

    /// <summary>The pages as text with their dates, as the reader would give them.</summary>
    public static IEnumerable<(DateOnly Date, string Text)> PageTexts() => Pages.Select(p => System.Text.Json.JsonDocument.Parse(p).RootElement)
        .Select(p => (DateOnly.Parse(p.GetProperty("date").GetString()!), DocumentIdentity.Normalize(p.GetProperty("text").GetString()!)));

    private static readonly int[][] Orders = [[0, 1, 2, 3, 4, 5, 6, 7], [7, 6, 5, 4, 3, 2, 1, 0], [4, 0, 7, 2, 5, 1, 6, 3]];

    private static IEnumerable<DateOnly> Days()
    {
        for (var d = new DateOnly(2021, 1, 1); d <= new DateOnly(2023, 6, 1); d = d.AddDays(9)) yield return d;
    }

    private static string Render(IEnumerable<StateVersion> versions) => string.Join("\n", versions
        .Select(v => $"{v.Partition} {v.Relation}({v.Subject}, {v.Object} @ {v.Qualifier}) {v.ValidFrom}..{v.ValidTo} asserted={v.Asserted} ended={v.EndedBy?.Split(" (")[0]} "
                     + $"known {v.KnownFrom}..{v.KnownTo} [{string.Join(" | ", v.Sources.Select(s => $"{s.Reported} {s.Sentence}"))}]")
        .Order(StringComparer.Ordinal));

    private static string Answers(IChronicleStore store)
    {
        var queries = new FactQueries(new StoreEventSource(store));
        var lines = new List<string>();
        foreach (var day in Days())
        {
            lines.AddRange(queries.AsOf(day, null).Select(r => $"{day} asof {r.Relation}({r.Subject}, {r.Object}) {r.ValidFrom}..{r.ValidTo} {string.Join(",", r.Sources.Select(s => s.Date))}"));
            lines.AddRange(queries.Changes(day.AddDays(-60), day, null).Select(r => $"{day} changes {r.Relation}({r.Subject}, {r.Object}) {r.ValidFrom}..{r.ValidTo} {r.EndedBy?.Split(" (")[0]}"));
        }
        return string.Join("\n", lines);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Stored_states_equal_a_recomputation_in_any_ingest_order_and_cite_only_pages_published_by_the_day(string backend)
    {
        string? answers = null;
        foreach (var (order, batchSize) in Orders.Zip([8, 1, 3]))
        {
            using var test = new TestStore(backend);
            using var folder = new TempFolder();
            using var store = test.Open();
            // One ingest run per batch, so maintenance runs after each and later runs bring pages published earlier.
            foreach (var chunk in order.Chunk(batchSize))
            {
                string input = folder.File($"pages-{chunk[0]}.jsonl");
                File.WriteAllLines(input, chunk.Select(i => Pages[i]));
                new Ingestor(store, new DocumentAnalyzer(), batchSize, threads: 1).Ingest(new InputReader().Read([input]));
            }
            Assert.Empty(store.StalePartitions());
            var events = store.EventsReported(null, null);
            var recomputed = new ComputedFactStates(events, FactEngine.Default);
            foreach (var day in Days())
            {
                var stored = store.FactStates(new FactStateQuery(day));
                Assert.Equal(Render(recomputed.Read(new FactStateQuery(day))), Render(stored));
                Assert.All(stored.SelectMany(v => v.Sources), s => Assert.True(s.Reported <= day, $"a state known on {day} cites a page of {s.Reported}"));
            }
            string now = Answers(store);
            Assert.Contains("asof faces_charge(Dario Wren, fraud)", now);
            Assert.Equal(answers ??= now, now);
        }
    }

    /// <summary>A bulk load that defers maintenance answers the same meanwhile (questions compute the stale partitions), and the next ingest run brings the states up to date.</summary>
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Deferred_maintenance_answers_the_same_and_the_next_run_catches_up(string backend)
    {
        using var test = new TestStore(backend);
        using var folder = new TempFolder();
        using var store = test.Open();
        string first = folder.File("first.jsonl"), second = folder.File("second.jsonl");
        File.WriteAllLines(first, Pages.Take(4));
        File.WriteAllLines(second, Pages.Skip(4));
        new Ingestor(store, new DocumentAnalyzer(), 200, threads: 1).Ingest(new InputReader().Read([first]));
        new Ingestor(store, new DocumentAnalyzer(), 200, threads: 1) { MaintainFacts = false }.Ingest(new InputReader().Read([second]));
        Assert.NotEmpty(store.StalePartitions());
        string deferred = Answers(store);
        Assert.Contains("Tomas Wexler", deferred);
        new Ingestor(store, new DocumentAnalyzer(), 200, threads: 1).Ingest([]);
        Assert.Empty(store.StalePartitions());
        Assert.Empty(store.StaleEntityNames());
        Assert.Equal(deferred, Answers(store));
    }

    /// <summary>States are kept per person, so the successor's appointment ends the predecessor's term when the question is answered.</summary>
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_new_holder_of_a_single_holder_office_ends_the_previous_holders_term(string backend)
    {
        using var test = new TestStore(backend);
        using var folder = new TempFolder();
        using var store = test.Open();
        string input = folder.File("rail.jsonl");
        // The successor's page first: the order pages arrive in does not matter.
        File.WriteAllLines(input, [
            """{"date":"2022-09-05","text":"New rail chief. Carl Dunn was named chief executive of Northwind Rail on Monday, the company said."}""",
            """{"date":"2020-02-03","text":"Rail operator picks leader. Ada Brook was named chief executive of Northwind Rail on Monday, the company said."}""",
            """{"date":"2021-06-08","text":"Rail results. Ada Brook, the chief executive of Northwind Rail, said ridership recovered in the spring."}""",
        ]);
        new Ingestor(store, new DocumentAnalyzer(), 1, threads: 1).Ingest(new InputReader().Read([input]));
        var queries = new FactQueries(new StoreEventSource(store));
        string Holders(string day) => string.Join("; ", queries.AsOf(DateOnly.Parse(day), "Northwind Rail")
            .Where(r => r.Relation == "holds_position").Select(r => r.Subject));

        Assert.Equal("Ada Brook", Holders("2021-01-01"));
        Assert.Equal("Carl Dunn", Holders("2023-01-01"));
        var ended = Assert.Single(queries.Changes(DateOnly.Parse("2022-01-01"), DateOnly.Parse("2022-12-31"), "Ada Brook"), r => r.Relation == "holds_position");
        Assert.Equal("2022-09-05", ended.ValidTo);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Answers_follow_the_story_as_of_each_day(string backend)
    {
        using var test = new TestStore(backend);
        using var folder = new TempFolder();
        using var store = test.Open();
        string input = folder.File("pages.jsonl");
        File.WriteAllLines(input, Pages);
        new Ingestor(store, new DocumentAnalyzer(), 200, threads: 1).Ingest(new InputReader().Read([input]));
        var queries = new FactQueries(new StoreEventSource(store));
        string Held(string day, string entity) =>
            string.Join("; ", queries.AsOf(DateOnly.Parse(day), entity).Select(r => $"{r.Relation}({r.Subject}, {r.Object})"));

        Assert.Contains("faces_charge(Dario Wren, fraud)", Held("2022-03-01", "Dario Wren"));
        Assert.DoesNotContain("faces_charge", Held("2022-05-01", "Dario Wren"));
        // Planned on 2022-05-10 for June 30: still chief executive in June, no longer in July.
        Assert.Contains("holds_position(Orrin Vale, chief executive", Held("2022-06-15", "Orrin Vale"));
        Assert.DoesNotContain("holds_position(Orrin Vale, chief executive", Held("2022-07-15", "Orrin Vale"));
        Assert.Contains("holds_position(Petra Lund, chief executive", Held("2022-07-15", "Petra Lund"));
        // As of a day, a page published later is not read: the resignation of 2023-02-06 is unknown on 2023-01-01.
        Assert.Contains("holds_position(Tomas Wexler, chair", Held("2023-01-01", "Tomas Wexler"));
        Assert.DoesNotContain("holds_position(Tomas Wexler, chair", Held("2023-03-01", "Tomas Wexler"));
    }
}

/// <summary>The versions one pass gives are, on every day, the states computed from the events reported by that day.</summary>
public class StateVersionTests
{
    [Fact]
    public void Versions_known_on_a_day_are_the_states_of_the_events_reported_by_then()
    {
        var analyzer = new DocumentAnalyzer();
        long id = 0;
        var records = StoredFactStateTests.PageTexts().SelectMany(p =>
        {
            var analysis = analyzer.Analyze(new Chronicle.Domain.Documents.Document(DocumentIdentity.IdOf(p.Text), p.Date, p.Text));
            return analysis.Events.Select(e => new Chronicle.Domain.Events.EventRecord(++id, analysis.Document.Id, p.Date, p.Text, e));
        }).ToList();
        var engine = FactEngine.Default;
        var partitions = records.SelectMany(r => engine.Partitions.Of(r.Event)).Distinct().ToList();
        Assert.True(partitions.Count >= 4);
        foreach (var partition in partitions)
        {
            var mine = records.Where(r => engine.Partitions.Of(r.Event).Contains(partition)).ToList();
            var versions = engine.Versions(mine, partition);
            for (var day = new DateOnly(2021, 1, 1); day <= new DateOnly(2023, 6, 1); day = day.AddDays(5))
            {
                var known = mine.Where(r => r.Reported <= day).ToList();
                var facts = engine.Compute(known, day, partition);
                var expected = facts.States.Select(s => StateVersion.Of(partition, s, facts.Identities,
                    s.DistinctSources.OrderBy(x => x.Reported).Take(5).ToList(), s.Sources.Any(x => x.Modality == Chronicle.Domain.Events.Modality.Asserted), day));
                Assert.Equal(View(expected), View(versions.Where(v => v.KnownOn(day))));
            }
        }
    }

    private static string View(IEnumerable<StateVersion> versions) => string.Join("\n", versions
        .Select(v => $"{v.Relation}({v.Subject}, {v.Object} @ {v.Qualifier}) {v.ValidFrom}..{v.ValidTo} {v.Asserted} {v.Conflicting} {v.EndedBy} [{string.Join(" | ", v.Sources.Select(s => s.EventId))}]")
        .Order(StringComparer.Ordinal));
}
