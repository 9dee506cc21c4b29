using Chronicle.Domain.Documents;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Store;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Chronicle.Tests.Store;

/// <summary>
/// Entity mentions, time mentions and event arguments keep their text as a span of the page (SQLite 0011, PostgreSQL
/// 0010): stored as '' where the database's substr() gives it back, read back exactly either way, also after an emoji
/// (where substr()'s offsets and .NET's differ) and in a store migrated from the previous schema.
/// </summary>
public class StoredTextSpanTests
{
    private static DocumentAnalysis Analyse(string text, DateOnly date)
    {
        string page = DocumentIdentity.Normalize(text);
        return new DocumentAnalyzer(AnalysisOptions.All).Analyze(new Document(DocumentIdentity.IdOf(page), date, page));
    }

    private static readonly string[] Pages =
    [
        "Harbor board names chairman\n\nThe Northgate Harbor Authority appointed Tomas Wexler as its chairman on Friday, May 3, 2024. Wexler said the quay would bring trade.",
        "Quay opens 🚢\n\nCrowds 🎉 watched Mayor Ines Carvalho open the quay on Monday. The harbor board appointed Tomas Wexler as its chairman on 3 May 2024. Wexler 😀 resigned as chairman of the Northgate Harbor Authority in June 2024.",
    ];

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Mentions_times_and_arguments_read_back_exactly_before_and_after_an_emoji(string backend)
    {
        using var test = new TestStore(backend);
        using var store = test.Open();
        var analyses = Pages.Select((p, i) => Analyse(p, new DateOnly(2024, 6, 10 + i))).ToList();
        store.SaveBatch(analyses);

        foreach (var analysis in analyses)
        {
            string id = analysis.Document.Id;
            Assert.NotEmpty(analysis.Entities);
            Assert.Equal(analysis.Entities.Select(m => (m.Start, m.End, m.Text)).Order(),
                store.EntityMentions(id).Select(m => (m.Start, m.End, m.Text)).Order());
            Assert.NotEmpty(analysis.Times);
            Assert.Equal(analysis.Times.Select(t => (t.Start, t.End, t.Text)).Order(),
                store.TimeMentions(id).Select(t => (t.Mention.Start, t.Mention.End, t.Mention.Text)).Order());
            Assert.NotEmpty(analysis.Events);
            Assert.Equal(analysis.Events.SelectMany(e => e.Arguments).Select(a => (a.Role, a.Value, a.Text, a.Start, a.End)).Order(),
                store.EventsReported(null, null).Where(e => e.DocumentId == id).SelectMany(e => e.Event.Arguments)
                    .Select(a => (a.Role, a.Value, a.Text, a.Start, a.End)).Order());
        }
        // The claim reader's mentions inside the sentences it reads.
        var keys = analyses.SelectMany(a => store.EntityMentions(a.Document.Id)).Select(m => m.EntityKey).Distinct().ToList();
        var sentences = store.SentencesMentioning(keys, null);
        Assert.NotEmpty(sentences);
        foreach (var s in sentences)
        foreach (var m in s.Mentions)
            Assert.Equal(s.Text[m.Start..m.End], m.Text); // offsets into the sentence
        Assert.Contains(sentences, s => s.Text.Contains("😀", StringComparison.Ordinal) && s.Mentions.Count > 0);

        // Most texts are stored as spans; those after the emoji keep their copy.
        Assert.True(Convert.ToInt64(test.Scalar("SELECT count(*) FROM entity_mentions WHERE text = ''")) > 0);
        Assert.True(Convert.ToInt64(test.Scalar("SELECT count(*) FROM entity_mentions WHERE text = 'Wexler'")) > 0);
        Assert.True(Convert.ToInt64(test.Scalar("SELECT count(*) FROM event_arguments WHERE text = ''")) > 0);
        Assert.True(Convert.ToInt64(test.Scalar("SELECT count(*) FROM event_arguments WHERE value = ''")) > 0);
        Assert.True(Convert.ToInt64(test.Scalar("SELECT count(*) FROM time_mentions WHERE text = ''")) > 0);
        Assert.True(Convert.ToInt64(test.Scalar("SELECT count(*) FROM time_mentions WHERE text <> ''")) > 0);
    }

    /// <summary>The committed store of an older schema: after migration, every mention, time and argument reads as the rows it held.</summary>
    [Fact]
    public void A_migrated_store_reads_every_text_it_held_before()
    {
        using var dir = new TempFolder();
        string db = dir.File("old.db");
        File.Copy(Path.Combine(Fixtures.Folder, "stores", "previous-schema.db"), db);
        List<(string, int, int, string)> mentions, times;
        List<(string, string, string, int, int)> arguments;
        using (var raw = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            raw.Open();
            mentions = Rows(raw, "SELECT d.id, m.start_offset, m.end_offset, m.text FROM entity_mentions m JOIN documents d ON d.key = m.document_key",
                r => (r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3)));
            times = Rows(raw, "SELECT d.id, t.start_offset, t.end_offset, t.text FROM time_mentions t JOIN documents d ON d.key = t.document_key",
                r => (r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3)));
            arguments = Rows(raw, "SELECT role, value, text, start_offset, end_offset FROM event_arguments",
                r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4)));
        }
        Assert.NotEmpty(mentions);
        Assert.NotEmpty(times);
        Assert.NotEmpty(arguments);
        using var store = new SqliteStore(db, createIfMissing: false);
        var ids = store.ListDocuments().Select(d => d.Id).ToList();
        Assert.Equal(mentions.Order(), ids.SelectMany(id => store.EntityMentions(id).Select(m => (id, m.Start, m.End, m.Text))).Order());
        Assert.Equal(times.Order(), ids.SelectMany(id => store.TimeMentions(id).Select(t => (id, t.Mention.Start, t.Mention.End, t.Mention.Text))).Order());
        Assert.Equal(arguments.Order(), store.EventsReported(null, null).SelectMany(e => e.Event.Arguments).Select(a => (a.Role, a.Value, a.Text, a.Start, a.End)).Order());
        Assert.True((long)new SqliteCommand("SELECT count(*) FROM entity_mentions WHERE text = ''", store.Connection).ExecuteScalar()! > 0);
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = new SqliteCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
