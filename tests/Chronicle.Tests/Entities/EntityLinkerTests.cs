using Chronicle.Domain.Entities;
using Chronicle.Entities.Linking;

namespace Chronicle.Tests.Entities;

/// <summary>
/// The linker's decisions, read against a catalogue held in memory that persists them as a store would.
/// (The stores' own tests check that both backends persist the same decisions.)
/// </summary>
public class EntityLinkerTests
{
    /// <summary>An entity catalogue in memory: what a store keeps, applied from the linker's decisions.</summary>
    private sealed class MemoryCatalogue : IEntityCatalogue
    {
        public readonly Dictionary<long, (string Name, string NameKey, EntityType Type, int Documents)> Entities = [];
        public readonly Dictionary<long, Dictionary<string, int>> Aliases = [];
        public readonly List<(string Word, long Entity)> Lookups = [];
        public readonly List<HashSet<long>> Documents = [];
        public readonly List<(long Entity, EntityType Type)> Mentions = [];
        public int Reads;

        public IReadOnlyDictionary<EntityType, int> MentionTypes(long entity) =>
            Mentions.Where(m => m.Entity == entity).GroupBy(m => m.Type).ToDictionary(g => g.Key, g => g.Count());

        public IReadOnlyCollection<long> EntitiesWithKey(string key)
        {
            Reads++;
            return Entities.Where(e => e.Value.NameKey == key).Select(e => e.Key)
                .Concat(Aliases.Where(a => a.Value.ContainsKey(key)).Select(a => a.Key))
                .Concat(Lookups.Where(l => l.Word == key).Select(l => l.Entity)).Distinct().ToList();
        }

        public CatalogueEntity Load(long key)
        {
            Reads++;
            var e = Entities[key];
            return new CatalogueEntity(key, e.Name, e.NameKey, e.Type, e.Documents, Aliases.GetValueOrDefault(key)?.Keys.ToList() ?? [],
                Lookups.Where(l => l.Entity == key).Select(l => l.Word).ToList());
        }

        public IEnumerable<IReadOnlyCollection<long>> LatestDocuments(long entity, int documents) =>
            Documents.Where(d => d.Contains(entity)).TakeLast(documents).Select(d => (IReadOnlyCollection<long>)d.ToList()).ToList();

        public long NewEntityKey() => Entities.Count + _decided++ + 1;
        private int _decided;

        /// <summary>Drops keys handed out for decisions that will not be persisted.</summary>
        public void Discard() => _decided = 0;

        public void Persist(DocumentLinks links, IEnumerable<EntityMention> mentions)
        {
            Mentions.AddRange(mentions.Select(m => (links.EntityOfChain[m.Chain], m.Type)));
            _decided = 0;
            foreach (var e in links.Created) Entities[e.Key] = (e.Name, e.NameKey, e.Type, 0);
            foreach (var r in links.Renamed) Entities[r.Key] = Entities[r.Key] with { Name = r.Name, NameKey = r.NameKey };
            foreach (var a in links.Aliases)
            {
                if (!Aliases.TryGetValue(a.Entity, out var aliases)) Aliases[a.Entity] = aliases = [];
                aliases[a.AliasKey] = aliases.GetValueOrDefault(a.AliasKey) + a.Mentions;
            }
            foreach (var l in links.Lookups) Lookups.Add((l.Word, l.Entity));
            if (links.EntityOfChain.Count > 0) Documents.Add(links.EntityOfChain.Values.ToHashSet());
        }

        public void Persist(BatchCounts counts)
        {
            foreach (var c in counts.Entities) Entities[c.Entity] = Entities[c.Entity] with { Documents = Entities[c.Entity].Documents + c.Documents };
            foreach (var a in counts.Aliases) Aliases[a.Entity][a.AliasKey] += a.Mentions;
            foreach (var r in counts.Retyped) Entities[r.Entity] = Entities[r.Entity] with { Type = r.Type };
        }
    }

    private static EntityMention Name(string text, EntityType type, int chain, string? canonical = null) =>
        new(0, text.Length, text, type, canonical ?? text) { Chain = chain };

    private static readonly DateOnly Day = new(2023, 1, 19);

    /// <summary>Links one document as a batch of its own and persists the decisions, as a store does.</summary>
    private static DocumentLinks LinkAndPersist(EntityLinker linker, MemoryCatalogue catalogue, params EntityMention[] mentions) =>
        LinkAndPersist(linker, catalogue, CatalogueChanges.None, mentions).Links;

    private static (DocumentLinks Links, CatalogueChanges Changed) LinkAndPersist(EntityLinker linker, MemoryCatalogue catalogue, CatalogueChanges othersChanged, params EntityMention[] mentions)
    {
        linker.BeginBatch(othersChanged);
        var links = linker.Link(mentions, Day, catalogue);
        catalogue.Persist(links, mentions);
        var counts = linker.EndBatch();
        catalogue.Persist(counts);
        linker.BatchCommitted();
        return (links, counts.Changed);
    }

    [Fact]
    public void A_writer_reads_again_what_another_writer_changed_and_keeps_the_rest()
    {
        var catalogue = new MemoryCatalogue();
        var first = new EntityLinker();
        var second = new EntityLinker();
        // The first writer looks "Acme" up as the head of "Acme Robotics", finds nothing, and keeps that.
        long pentagon = LinkAndPersist(first, catalogue, Name("Acme Robotics", EntityType.Organization, 0), Name("Pentagon", EntityType.Organization, 1)).EntityOfChain[1];
        var (acme, changed) = LinkAndPersist(second, catalogue, CatalogueChanges.None, Name("Acme", EntityType.Organization, 0), Name("Pentagon", EntityType.Organization, 1));
        Assert.Contains(EntityLinker.KeyPrefix + "acme", changed.Keys);
        Assert.DoesNotContain(pentagon, changed.Entities); // only counted: its names did not change
        changed = changed with { Documents = [acme.EntityOfChain.Values.ToHashSet()] };

        int reads = catalogue.Reads;
        var links = LinkAndPersist(first, catalogue, changed, Name("Acme Widgets", EntityType.Organization, 0), Name("Pentagon", EntityType.Organization, 1)).Links;
        // "Acme Widgets" is Acme when the stories share the Pentagon: only a fresh look-up of "Acme" finds it.
        Assert.Equal(acme.EntityOfChain[0], links.EntityOfChain[0]);
        Assert.Equal(pentagon, links.EntityOfChain[1]);
        Assert.True(catalogue.Reads > reads);
    }

    [Fact]
    public void Names_never_seen_become_new_entities_with_their_aliases_and_lookup_words()
    {
        var catalogue = new MemoryCatalogue();
        var links = LinkAndPersist(new EntityLinker(), catalogue,
            Name("Alec Baldwin", EntityType.Person, 0), Name("Santa Fe", EntityType.Location, 1), Name("A. Baldwin", EntityType.Person, 0, "Alec Baldwin"));

        Assert.Equal(["Alec Baldwin", "Santa Fe"], links.Created.Select(e => e.Name));
        Assert.Equal(links.Created.Select(e => e.Key), links.EntityOfChain.OrderBy(c => c.Key).Select(c => c.Value));
        long baldwin = links.EntityOfChain[0];
        Assert.Equal(["a baldwin", "alec baldwin"], links.Aliases.Where(a => a.Entity == baldwin).Select(a => a.AliasKey).Order());
        // A person is found again by surname (not an alias here); a place by its entity key, marked apart from surnames.
        Assert.Contains(new NewLookup("baldwin", baldwin), links.Lookups);
        Assert.Contains(links.Lookups, l => l.Entity == links.EntityOfChain[1] && l.Word.StartsWith(EntityLinker.KeyPrefix));
        Assert.Empty(links.Renamed);
    }

    [Fact]
    public void A_known_name_links_to_its_entity_and_counts_its_mentions_without_writing_the_alias_again()
    {
        var catalogue = new MemoryCatalogue();
        var linker = new EntityLinker();
        long first = LinkAndPersist(linker, catalogue, Name("Federal Trade Commission", EntityType.Organization, 0)).EntityOfChain[0];

        linker.BeginBatch(othersWrote: false);
        var links = linker.Link([Name("Federal Trade Commission", EntityType.Organization, 3), Name("Federal Trade Commission", EntityType.Organization, 3)], Day.AddDays(2), catalogue);
        var counts = linker.EndBatch();

        Assert.Equal(first, links.EntityOfChain[3]);
        Assert.Empty(links.Created);
        Assert.Empty(links.Aliases);
        Assert.Equal(new AliasCount(first, "federal trade commission", 2), Assert.Single(counts.Aliases));
        Assert.Equal(new EntityCount(first, 1, 2, Day.AddDays(2), Day.AddDays(2)), Assert.Single(counts.Entities));
    }

    [Fact]
    public void A_person_known_by_surname_takes_the_full_name_when_the_stories_share_other_entities()
    {
        var catalogue = new MemoryCatalogue();
        var linker = new EntityLinker();
        long baldwin = LinkAndPersist(linker, catalogue, Name("Baldwin", EntityType.Person, 0), Name("Santa Fe", EntityType.Location, 1)).EntityOfChain[0];

        var links = LinkAndPersist(linker, catalogue, Name("Alec Baldwin", EntityType.Person, 0), Name("Santa Fe", EntityType.Location, 1));

        Assert.Equal(baldwin, links.EntityOfChain[0]);
        Assert.Equal(new RenamedEntity(baldwin, "Alec Baldwin", "alec baldwin", "baldwin"), Assert.Single(links.Renamed));
        Assert.Empty(links.Created);
    }

    [Fact]
    public void A_full_name_sharing_only_a_surname_with_a_known_person_in_another_story_is_someone_new()
    {
        var catalogue = new MemoryCatalogue();
        var linker = new EntityLinker();
        long alec = LinkAndPersist(linker, catalogue, Name("Alec Baldwin", EntityType.Person, 0), Name("Santa Fe", EntityType.Location, 1)).EntityOfChain[0];

        var links = LinkAndPersist(linker, catalogue, Name("Stephen Baldwin", EntityType.Person, 0), Name("Ohio", EntityType.Location, 1));

        Assert.NotEqual(alec, links.EntityOfChain[0]);
        Assert.Contains(links.Created, e => e.Name == "Stephen Baldwin");
        Assert.Empty(links.Renamed);
    }

    [Fact]
    public void What_the_linker_kept_is_read_again_after_a_batch_that_did_not_commit_or_when_another_writer_wrote()
    {
        var catalogue = new MemoryCatalogue();
        var linker = new EntityLinker();
        LinkAndPersist(linker, catalogue, Name("Boeing", EntityType.Organization, 0));
        int reads = catalogue.Reads;
        LinkAndPersist(linker, catalogue, Name("Boeing", EntityType.Organization, 0));
        Assert.Equal(reads, catalogue.Reads);

        // Decided but never committed: the next batch must not trust what the linker kept of it.
        linker.BeginBatch(othersWrote: false);
        linker.Link([Name("Airbus", EntityType.Organization, 0)], Day, catalogue);
        reads = catalogue.Reads;
        var links = LinkAndPersist(linker, catalogue, Name("Airbus", EntityType.Organization, 0));
        Assert.True(catalogue.Reads > reads);
        Assert.Single(links.Created);

        reads = catalogue.Reads;
        linker.BeginBatch(othersWrote: true);
        linker.Link([Name("Boeing", EntityType.Organization, 0)], Day, catalogue);
        Assert.True(catalogue.Reads > reads);
    }

    private static string Describe(DocumentLinks links) =>
        string.Join(' ', links.EntityOfChain.OrderBy(c => c.Key)) + " | " + string.Join(' ', links.Created) + " | " + string.Join(' ', links.Renamed) +
        " | " + string.Join(' ', links.Aliases) + " | " + string.Join(' ', links.Lookups);

    [Fact]
    public void Two_writers_taking_turns_decide_as_a_writer_that_reads_everything_afresh()
    {
        var catalogue = new MemoryCatalogue();
        var writers = new[] { new EntityLinker(), new EntityLinker() };
        var learnt = new[] { CatalogueChanges.None, CatalogueChanges.None };
        var documents = EntityStoreCacheTests.Articles.Select(a => EntityStoreCacheTests.Analyse(a.Date, a.Text).Entities.ToArray()).ToList();
        // The first writer finds no "Acme" for "Acme Robotics"; the second stores Acme; only a fresh look-up lets the first see it.
        documents.Add([Name("Acme Robotics", EntityType.Organization, 0), Name("Pentagon", EntityType.Organization, 1)]);
        documents.Add([Name("Acme", EntityType.Organization, 0), Name("Pentagon", EntityType.Organization, 1)]);
        documents.Add([Name("Acme Widgets", EntityType.Organization, 0), Name("Pentagon", EntityType.Organization, 1)]);
        Assert.Equal(0, EntityStoreCacheTests.Articles.Length % 2);
        for (int i = 0; i < documents.Count; i++)
        {
            var mentions = documents[i];
            var fresh = new EntityLinker();
            fresh.BeginBatch(othersWrote: true);
            string expected = Describe(fresh.Link(mentions, Day, catalogue));
            catalogue.Discard();

            int w = i % 2;
            var (links, changed) = LinkAndPersist(writers[w], catalogue, learnt[w], mentions);
            Assert.Equal(expected, Describe(links));
            learnt[w] = CatalogueChanges.None;
            var other = learnt[1 - w];
            learnt[1 - w] = new CatalogueChanges(other.Keys.Union(changed.Keys).ToList(), other.Entities.Union(changed.Entities).ToList(),
                [.. other.Documents, links.EntityOfChain.Values.ToHashSet()]);
        }
        Assert.Contains(catalogue.Entities.Values, e => e.Name == "Phil Spencer");
    }

    /// <summary>Every order of five documents naming the same name: as a company in <paramref name="companies"/> of them, as a place in the rest.</summary>
    [Theory]
    [InlineData(3, EntityType.Organization)]
    [InlineData(2, EntityType.Location)]
    [InlineData(4, EntityType.Organization)]
    public void An_entity_takes_the_type_most_of_its_mentions_have_whatever_the_order(int companies, EntityType expected)
    {
        var documents = Enumerable.Range(0, 5).Select(i => i < companies ? EntityType.Organization : EntityType.Location).ToList();
        // One linker keeps the type counts it read or made; a linker per document (as after another writer) reads them each time.
        foreach (bool linkerPerDocument in new[] { false, true })
            foreach (var order in Orders(documents))
            {
                var catalogue = new MemoryCatalogue();
                var linker = new EntityLinker();
                foreach (var type in order)
                    LinkAndPersist(linkerPerDocument ? new EntityLinker() : linker, catalogue, Name("Northwind Energy", type, 0));
                Assert.Equal(expected, Assert.Single(catalogue.Entities.Values).Type);
            }
    }

    [Fact]
    public void A_tie_between_company_and_place_goes_to_the_place_and_other_writers_learn_the_new_type()
    {
        var catalogue = new MemoryCatalogue();
        var linker = new EntityLinker();
        long entity = LinkAndPersist(linker, catalogue, Name("Carrow Park", EntityType.Organization, 0)).EntityOfChain[0];
        Assert.Equal(EntityType.Organization, catalogue.Entities[entity].Type);
        var (_, changed) = LinkAndPersist(linker, catalogue, CatalogueChanges.None, Name("Carrow Park", EntityType.Location, 0));
        Assert.Equal(EntityType.Location, catalogue.Entities[entity].Type);
        Assert.Contains(entity, changed.Entities);
    }

    [Fact]
    public void A_new_name_written_as_a_company_and_as_a_place_in_one_document_is_one_entity()
    {
        var catalogue = new MemoryCatalogue();
        var links = LinkAndPersist(new EntityLinker(), catalogue,
            Name("Northwind Energy", EntityType.Organization, 0), Name("Northwind Energy", EntityType.Location, 1),
            Name("Northwind Energy", EntityType.Person, 2) with { TypeShown = true });
        Assert.Equal(links.EntityOfChain[0], links.EntityOfChain[1]);
        Assert.NotEqual(links.EntityOfChain[0], links.EntityOfChain[2]); // a person the wording shows ("Mr.") is not the company
        Assert.Equal(2, catalogue.Entities.Count);
    }

    [Fact]
    public void A_name_read_as_a_person_without_evidence_is_the_company_of_that_name_in_one_document_and_across_documents()
    {
        var catalogue = new MemoryCatalogue();
        var linker = new EntityLinker();
        var first = LinkAndPersist(linker, catalogue, Name("Vantrel Mining", EntityType.Organization, 0), Name("Vantrel Mining", EntityType.Organization, 0),
            Name("Vantrel Mining", EntityType.Organization, 0), Name("Vantrel Mining", EntityType.Person, 1));
        Assert.Equal(first.EntityOfChain[0], first.EntityOfChain[1]);
        var second = LinkAndPersist(linker, catalogue, Name("Vantrel Mining", EntityType.Person, 0));
        Assert.Equal(first.EntityOfChain[0], second.EntityOfChain[0]);
        var shown = LinkAndPersist(linker, catalogue, Name("Vantrel Mining", EntityType.Person, 0) with { TypeShown = true });
        Assert.NotEqual(first.EntityOfChain[0], shown.EntityOfChain[0]);
    }

    [Fact]
    public void A_person_named_with_a_given_name_never_joins_an_organization_of_that_name()
    {
        var catalogue = new MemoryCatalogue();
        var linker = new EntityLinker();
        var first = LinkAndPersist(linker, catalogue, Name("Paul Vantrel", EntityType.Organization, 0));
        var second = LinkAndPersist(linker, catalogue, Name("Paul Vantrel", EntityType.Person, 0));
        Assert.NotEqual(first.EntityOfChain[0], second.EntityOfChain[0]);
    }

    private static IEnumerable<List<T>> Orders<T>(List<T> items) => items.Count <= 1 ? [items]
        : items.SelectMany((item, i) => Orders(items.Where((_, j) => j != i).ToList()).Select(rest => rest.Prepend(item).ToList()));

    [Fact]
    public void A_document_without_mentions_decides_nothing()
    {
        var links = new EntityLinker().Link([], Day, new MemoryCatalogue());
        Assert.Empty(links.EntityOfChain);
        Assert.Empty(links.Created);
    }
}
