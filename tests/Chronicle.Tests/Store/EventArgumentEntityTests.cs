using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Query;
using Chronicle.Store;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Store;

/// <summary>event_arguments.entity_key: written at ingest on every backend, read back with the events; NULL in migrated stores.</summary>
public class EventArgumentEntityTests
{
    private static DocumentAnalysis Analyse(string text, string date, AnalysisOptions options)
    {
        string page = DocumentIdentity.Normalize(text);
        return new DocumentAnalyzer(options).Analyze(new Document(DocumentIdentity.IdOf(page), DateOnly.Parse(date), page));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Each_argument_that_names_a_stored_entity_is_read_back_with_its_key(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        store.SaveBatch([
            Analyse("Harbor board names chairman\n\nThe Northgate Harbor Authority appointed Tomas Wexler as its chairman on Friday. Wexler said the quay would bring trade.", "2024-05-06", AnalysisOptions.All),
            Analyse("Chairman resigns\n\nTomas Wexler resigned as chairman of the Northgate Harbor Authority on Monday.", "2024-09-02", AnalysisOptions.All),
        ]);
        long wexler = EntityChoice.Find(store, "Tomas Wexler")!.Key;
        var people = store.EventsReported(null, null).SelectMany(e => e.Event.Arguments).Where(a => a.Kind == "person").ToList();
        Assert.True(people.Count >= 2);
        Assert.All(people, a => Assert.Equal(wexler, a.EntityKey));
        var organizations = store.EventsReported(null, null).SelectMany(e => e.Event.Arguments).Where(a => a.Role == "organization").ToList();
        Assert.NotEmpty(organizations);
        Assert.All(organizations, a => Assert.Equal(EntityChoice.Find(store, a.Value)?.Key, a.EntityKey));
        Assert.All(store.EventsReported(null, null).SelectMany(e => e.Event.Arguments).Where(a => !a.NamesEntity), a => Assert.Null(a.EntityKey));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Without_the_entity_stage_arguments_have_no_key_and_facts_read_names(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        store.SaveBatch([Analyse("Harbor board names chairman\n\nThe Northgate Harbor Authority appointed Tomas Wexler as its chairman on Friday.", "2024-05-06",
            new AnalysisOptions(Entities: false))]);
        var events = store.EventsReported(null, null);
        Assert.NotEmpty(events);
        Assert.All(events.SelectMany(e => e.Event.Arguments), a => Assert.Null(a.EntityKey));
        Assert.Contains(new FactQueries(new StoreEventSource(store)).AsOf(DateOnly.Parse("2024-06-01"), "Wexler"), r => r.Subject == "Tomas Wexler");
    }

    /// <summary>
    /// The committed store of an older schema migrates with NULL keys, and its facts are read by name as before: the
    /// entity store knows Daniel Reyes, and that must not hide the states its unkeyed events give him.
    /// </summary>
    [Fact]
    public void A_migrated_store_has_no_keys_and_answers_facts_by_name()
    {
        using var dir = new TempFolder();
        string db = dir.File("old.db");
        File.Copy(Path.Combine(Fixtures.Folder, "stores", "previous-schema.db"), db);
        using var store = new SqliteStore(db, createIfMissing: false);
        var events = store.EventsReported(null, null);
        Assert.NotEmpty(events);
        Assert.All(events.SelectMany(e => e.Event.Arguments), a => Assert.Null(a.EntityKey));
        Assert.NotNull(EntityChoice.Find(store, "Daniel Reyes"));

        var stored = new FactQueries(new StoreEventSource(store));
        var byName = new FactQueries(new InMemoryEventSource(events));
        var asOf = DateOnly.Parse("2024-10-01");
        var rows = stored.AsOf(asOf, "Daniel Reyes");
        Assert.Contains(rows, r => r.Relation == "faces_charge" && r.Subject == "Daniel Reyes");
        Assert.Equal(Describe(byName.AsOf(asOf, "Daniel Reyes")), Describe(rows));
        Assert.Equal(byName.Timeline("Daniel Reyes", null, null).Select(e => e.Summary), stored.Timeline("Daniel Reyes", null, null).Select(e => e.Summary));
        Assert.NotEmpty(stored.Timeline("Daniel Reyes", null, null));
    }

    /// <summary>A store from before fact states were stored gets them all at its next ingest, and answers as before.</summary>
    [Fact]
    public void A_migrated_store_gets_its_fact_states_at_the_next_ingest_and_answers_the_same()
    {
        using var dir = new TempFolder();
        string db = dir.File("old.db");
        File.Copy(Path.Combine(Fixtures.Folder, "stores", "previous-schema.db"), db);
        using var store = new SqliteStore(db, createIfMissing: false);
        Assert.False(store.FactStatesBuilt);
        var asOf = DateOnly.Parse("2024-10-01");
        var before = Describe(new FactQueries(new StoreEventSource(store)).AsOf(asOf, null));
        Assert.NotEmpty(before);

        new Ingestor(store, new DocumentAnalyzer(), 200, threads: 1).Ingest([]);
        Assert.True(store.FactStatesBuilt);
        Assert.Empty(store.StalePartitions());
        Assert.NotEmpty(store.FactStates(new Chronicle.Facts.FactStateQuery(asOf)));
        Assert.Equal(before, Describe(new FactQueries(new StoreEventSource(store)).AsOf(asOf, null)));
    }

    private static List<string> Describe(IEnumerable<FactRow> rows) => rows.Select(r => $"{r.Relation}({r.Subject}, {r.Object}) {r.ValidFrom}..{r.ValidTo}").ToList();
}
