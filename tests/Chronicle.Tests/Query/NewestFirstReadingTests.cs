using System.Reflection;
using Chronicle.Domain.Documents;
using Chronicle.Facts;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Query;
using Chronicle.Query.Reading;
using Chronicle.Store;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Query;

/// <summary>
/// The claim reader reads the newest articles first and stops once the answer is settled: it gives the answer that
/// reading every article at once gives, and a claim reported in the last weeks is answered without reading a year of
/// older articles about the same person.
/// </summary>
public class NewestFirstReadingTests
{
    private static readonly DateOnly AsOf = new(2031, 3, 1);

    private static IEnumerable<(DateOnly Date, string Text)> Pages()
    {
        // A year of articles that name her without her post: what a busy archive says of a person, beside the claim.
        string[] places = ["Brackton", "Elsmere", "Corwin", "Dalby", "Fenwick", "Garrow", "Hollis", "Ivesdale"];
        for (int i = 0; i < 60; i++)
            yield return (new DateOnly(2029, 12, 1).AddDays(6 * i), $"Farm visit\n\nOn Tuesday, Ines Marlowe of Norland visited a farm in {places[i % places.Length]}, her office said. The visit lasted {i + 2} hours.");
        // The last weeks: reports of the post, each worded apart.
        string[] topics = ["farmers", "teachers", "nurses", "miners", "students", "pilots", "bakers"];
        for (int i = 0; i < topics.Length; i++)
            yield return (AsOf.AddDays(-20 + 2 * i), $"Norland's Prime Minister Ines Marlowe spoke to {topics[i]} in {places[i]} on Monday.");
        yield return (AsOf.AddDays(10), "Ines Marlowe resigned as prime minister of Norland on Friday.");
    }

    private static IChronicleStore Stored(TestStore test)
    {
        var store = test.Open();
        var analyzer = new DocumentAnalyzer(AnalysisOptions.All);
        store.SaveBatch(Pages().Select(p => DocumentIdentity.Normalize(p.Text) is var page ? analyzer.Analyze(new Document(DocumentIdentity.IdOf(page), p.Date, page)) : null!).ToList());
        return store;
    }

    private static ClaimChecker Checker(IChronicleStore store, IReadOnlyList<int>? windows) =>
        new(new StoreEventSource(store), ClaimParser.Default, FactEngine.Default, new ClaimReader(store, ReadingLexicon.Default, windows));

    private static string Answer(CheckResult r) =>
        $"{r.Verdict}|{r.Basis}|{r.Why}|{r.Ended}|{string.Join("/", r.Evidence.Select(e => $"{e.Date}:{e.Sentence}"))}|{string.Join("/", r.Closest.Select(c => $"{c.Evidence.Sentence}:{c.Why}"))}";

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void Reading_newest_first_gives_the_answer_of_reading_every_article(string backend)
    {
        using var test = new TestStore(backend);
        using var store = Stored(test);
        var windowed = Checker(store, null);
        var atOnce = Checker(store, []);
        (string Claim, DateOnly AsOf)[] claims =
        [
            ("Ines Marlowe is the prime minister of Norland", AsOf),
            ("Ines Marlowe is the prime minister of Norland", AsOf.AddDays(-15)),
            ("Ines Marlowe is the prime minister of Norland", AsOf.AddDays(12)),
            ("Ines Marlowe is the president of Norland", AsOf),
            ("Ines Marlowe visited a farm in Brackton", AsOf),
            ("Ines Marlowe visited a farm in Corwin", new DateOnly(2030, 6, 1)),
        ];
        var answers = claims.Select(c => Answer(windowed.Check(c.Claim, c.AsOf))).ToList();
        Assert.Equal(claims.Select(c => Answer(atOnce.Check(c.Claim, c.AsOf))), answers);
        Assert.StartsWith("Supported", answers[0]);
        Assert.StartsWith("Outdated", answers[2]);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void A_post_reported_in_the_last_weeks_is_answered_without_the_older_articles(string backend)
    {
        using var test = new TestStore(backend);
        using var store = Stored(test);
        var recording = DispatchProxy.Create<IChronicleStore, RecordingStore>();
        ((RecordingStore)(object)recording).Inner = store;
        var result = Checker(recording, null).Check("Ines Marlowe is the prime minister of Norland", AsOf);

        Assert.Equal((Verdict.Supported, Basis.Text), (result.Verdict, result.Basis));
        Assert.Equal(6, result.Evidence.Count);
        var read = ((RecordingStore)(object)recording).Read;
        Assert.NotEmpty(read);
        // The year of farm visits is not read: only the windows of days that settled the answer (8, then 32 days).
        Assert.All(read, s => Assert.True(s.Date > AsOf.AddDays(-32), $"read {s.Date}: {s.Text}"));
    }

    /// <summary>A store that keeps every sentence the reader asked for.</summary>
    public class RecordingStore : DispatchProxy
    {
        public IChronicleStore Inner { get; set; } = null!;
        public List<MentionedSentence> Read { get; } = [];

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            object? result;
            try { result = method!.Invoke(Inner, args); }
            catch (TargetInvocationException e) when (e.InnerException is not null) { throw e.InnerException; }
            if (method.Name is nameof(IChronicleStore.SentencesAround) or nameof(IChronicleStore.SentencesMentioning) && result is IReadOnlyList<MentionedSentence> sentences)
                Read.AddRange(sentences);
            return result;
        }
    }
}
