using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Store;

/// <summary>A stored entity's type follows the types of its mentions, not the order its documents arrived in (both backends).</summary>
public class EntityTypeOrderTests
{
    // "Northwind Energy" is written as a company in the first three pages and as a place ("in", "the mayor of") in the last.
    private static readonly string[] Pages =
    [
        """{"date":"2022-03-01","text":"Business report one. Northwind Energy opened an office in Oslo on 3 March 2022. Maria Varga, the chairman of Northwind Energy, said profits rose 12 percent."}""",
        """{"date":"2022-04-01","text":"Business report two. Bluebay Shipping hired John Okafor as its finance director last week. Kestrel Bank opened an office in Oslo on 2 April 2022."}""",
        """{"date":"2022-05-01","text":"Business report three. Aiko Lindqvist resigned as chief executive of Northwind Energy in May. Workers in Northwind Energy said they were surprised."}""",
        """{"date":"2022-06-01","text":"Business report four. Pedro Moreau traveled to Kestrel Bank. He arrived in Bluebay Shipping on Monday. The mayor of Northwind Energy spoke."}""",
    ];

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Each_entity_has_the_type_most_of_its_mentions_have_in_any_ingest_order(string backend)
    {
        string? expected = null;
        bool mixed = false;
        foreach (var (order, batchSize) in new[] { ((int[])[0, 1, 2, 3], 200), ([3, 2, 1, 0], 1), ([3, 0, 2, 1], 2) })
        {
            using var test = new TestStore(backend);
            using var folder = new TempFolder();
            string input = folder.File("pages.jsonl");
            File.WriteAllLines(input, order.Select(i => Pages[i]));
            using var store = test.Open();
            new Ingestor(store, new DocumentAnalyzer(), batchSize, threads: 1).Ingest(new InputReader().Read([input]));

            var mentionTypes = store.ListDocuments().SelectMany(d => store.EntityMentions(d.Id)).GroupBy(m => m.EntityKey)
                .ToDictionary(g => g.Key, g => g.GroupBy(m => m.Type).ToDictionary(t => t.Key, t => t.Count()));
            var entities = store.ListEntities(100, null).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            foreach (var e in entities)
            {
                var types = mentionTypes[e.Key];
                mixed |= types.Count > 1;
                int most = types.Values.Max();
                Assert.True(types[e.Type] == most, $"{e.Name} is stored as {e.Type} though its mentions are {string.Join(", ", types)}");
            }
            string stored = string.Join("\n", entities.Select(e => $"{e.Name} {e.Type}"));
            Assert.Equal(expected ??= stored, stored);
        }
        Assert.True(mixed, "no entity had mentions of two types: the pages no longer exercise the rule");
    }
}
