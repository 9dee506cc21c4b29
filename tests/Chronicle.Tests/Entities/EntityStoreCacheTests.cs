using System.Text;
using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Entities;

/// <summary>
/// The store keeps what it knows about entities in memory across batches; what it stores and how it resolves
/// must be the same as if it read everything afresh for every document.
/// </summary>
public class EntityStoreCacheTests
{
    private static readonly AnalysisOptions EntitiesOnly = new(Time: false, Entities: true, Events: false);

    internal static readonly (string Date, string Text)[] Articles =
    [
        ("2023-01-19", "Prosecutors in Santa Fe said actor Alec Baldwin and armorer Hannah Gutierrez-Reed will be charged. Baldwin denied wrongdoing."),
        ("2023-01-31", "Baldwin was charged with involuntary manslaughter in New Mexico. Gutierrez-Reed pleaded not guilty."),
        ("2023-02-02", "Stephen Baldwin spoke at a church in Ohio. Baldwin said he would return to Ohio next year."),
        ("2023-02-10", "Microsoft agreed to buy Activision Blizzard. Regulators in Brussels and the Federal Trade Commission reviewed the deal."),
        ("2023-03-01", "Activision said the Federal Trade Commission had no case. Microsoft Gaming chief Phil Spencer went to Brussels."),
        ("2023-04-21", "Prosecutors dropped the charge against Alec Baldwin on Thursday in Santa Fe. Baldwin thanked his lawyers."),
        ("2023-05-03", "Phil Spencer said Microsoft would keep Call of Duty on PlayStation. Spencer met Sony executives in Tokyo."),
        ("2023-06-12", "A jury in Santa Fe found armorer Hannah Gutierrez guilty. Alec Baldwin faces his own trial."),
        ("2023-07-18", "Boeing won a tanker contract from the Pentagon, beating Airbus. Boeing Commercial Airplanes said its Seattle plant would be busy."),
        ("2023-08-09", "Spencer told reporters in Seattle that Activision Blizzard games would come to Game Pass."),
        ("2023-09-14", "Airbus said the Pentagon decision would be appealed. Boeing declined to comment in Seattle."),
        ("2023-10-13", "Microsoft closed its purchase of Activision Blizzard. Phil Spencer said Activision would keep its studios."),
    ];

    internal static DocumentAnalysis Analyse(string date, string text)
    {
        string page = DocumentIdentity.Normalize(text);
        return new DocumentAnalyzer(EntitiesOnly).Analyze(new Document(DocumentIdentity.IdOf(page), DateOnly.Parse(date), page));
    }

    /// <summary>Every entity row, alias, lookup word, mention and role, in key order.</summary>
    private static string Dump(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var text = new StringBuilder();
        foreach (string query in new[]
        {
            "SELECT key, name, name_key, type, first_seen, last_seen, document_count, mention_count FROM entities ORDER BY key",
            "SELECT entity_key, alias, alias_key, mention_count FROM entity_aliases ORDER BY entity_key, alias_key",
            "SELECT word, entity_key FROM entity_lookup ORDER BY word, entity_key",
            "SELECT key, document_key, sentence_key, entity_key, start_offset, end_offset, text, type, kind, chain FROM entity_mentions ORDER BY key",
            "SELECT entity_key, document_key, mention_key, role, text, organization, possessive, date, start_offset, end_offset FROM entity_roles ORDER BY rowid",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (int i = 0; i < reader.FieldCount; i++) text.Append(reader.GetValue(i)).Append('\t');
                text.Append('\n');
            }
            text.Append("--\n");
        }
        return text.ToString();
    }

    [Fact]
    public void What_is_stored_does_not_depend_on_the_batch_size()
    {
        using var dir = new TempFolder();
        var analyses = Articles.Select(a => Analyse(a.Date, a.Text)).ToList();
        string StoredWithBatches(int size)
        {
            string db = dir.File($"b{size}.db");
            using (var store = new SqliteStore(db))
                foreach (var batch in analyses.Chunk(size)) store.SaveBatch(batch);
            return Dump(db);
        }

        string oneByOne = StoredWithBatches(1);
        Assert.Contains("Phil Spencer", oneByOne);
        Assert.Equal(oneByOne, StoredWithBatches(5));
        Assert.Equal(oneByOne, StoredWithBatches(analyses.Count));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void What_a_store_answers_does_not_depend_on_the_batch_size(string backend)
    {
        var analyses = Articles.Select(a => Analyse(a.Date, a.Text)).ToList();
        string AnswersWithBatches(int size)
        {
            using var test = new TestStore(backend);
            using var store = test.Open();
            foreach (var batch in analyses.Chunk(size)) store.SaveBatch(batch);
            return StoreDump.Of(store);
        }

        string oneByOne = AnswersWithBatches(1);
        Assert.Contains("Phil Spencer", oneByOne);
        Assert.Equal(oneByOne, AnswersWithBatches(5));
        Assert.Equal(oneByOne, AnswersWithBatches(analyses.Count));
    }

    [Fact]
    public void What_is_stored_does_not_depend_on_reopening_the_store_between_batches()
    {
        using var dir = new TempFolder();
        var analyses = Articles.Select(a => Analyse(a.Date, a.Text)).ToList();
        string kept = dir.File("kept.db"), reopened = dir.File("reopened.db");
        using (var store = new SqliteStore(kept))
            foreach (var batch in analyses.Chunk(3)) store.SaveBatch(batch);
        foreach (var batch in analyses.Chunk(3))
        {
            using var store = new SqliteStore(reopened);
            store.SaveBatch(batch);
        }
        Assert.Equal(Dump(reopened), Dump(kept));
    }

    /// <summary>A page that names organizations only, each mention its own entity.</summary>
    private static DocumentAnalysis Organizations(string date, params string[] names)
    {
        string text = string.Join(". ", names) + ".";
        var mentions = new List<EntityMention>();
        int start = 0;
        for (int chain = 0; chain < names.Length; chain++)
        {
            mentions.Add(new EntityMention(start, start + names[chain].Length, names[chain], EntityType.Organization, names[chain]) { Chain = chain });
            start += names[chain].Length + 2;
        }
        return new DocumentAnalysis(new Document($"{date} {text}", DateOnly.Parse(date), text)) { Entities = mentions };
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_store_sees_the_entities_another_writer_stored_between_its_batches(string backend)
    {
        using var test = new TestStore(backend);
        using var first = test.Open();
        using var second = test.Open();

        // The first writer looks "Acme" up as the head of "Acme Robotics" and finds nothing.
        first.SaveBatch([Organizations("2023-01-02", "Acme Robotics")]);
        second.SaveBatch([Organizations("2023-01-03", "Acme", "Pentagon")]);
        // "Acme Widgets" is Acme when the stories share the Pentagon; only a fresh look-up of "Acme" finds it.
        first.SaveBatch([Organizations("2023-01-04", "Acme Widgets", "Pentagon")]);

        var acme = first.FindEntities("Acme").Single(e => e.Name == "Acme");
        Assert.Equal(2, acme.Documents);
        Assert.Contains(first.GetEntity(acme.Key)!.Aliases, a => a.Name == "Acme Widgets");
        Assert.Equal(2, Assert.Single(second.FindEntities("Pentagon")).Documents);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_batch_that_failed_leaves_nothing_behind_for_the_next_one(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var failing = Organizations("2023-01-02", "Zenith Labs", "Orbital Systems");
        // A mention without text violates the table's NOT NULL constraint after its entities were written.
        failing.Entities = [failing.Entities[0], failing.Entities[1] with { Text = null!, Kind = MentionKind.Nominal }];
        Assert.ThrowsAny<Exception>(() => store.SaveBatch([failing]));

        store.SaveBatch([Organizations("2023-01-03", "Zenith Labs", "Orbital Systems")]);

        Assert.Equal(1, Assert.Single(store.FindEntities("Zenith Labs")).Documents);
        Assert.Equal(1, Assert.Single(store.FindEntities("Orbital Systems")).Documents);
    }
}
