using System.Text.Json;
using Chronicle.Domain;
using Chronicle.Ingest;
using Chronicle.Pipeline;
using Chronicle.Query;
using Chronicle.Query.Reading;
using Chronicle.Store.Sqlite;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Query;

/// <summary>
/// Every storyline of Resources/reading-examples.json (our own sentences) is ingested through the full pipeline
/// into a real SQLite file, and every claim of it is checked through the checker `chronicle check` runs.
/// </summary>
public class ReadingExampleTests
{
    public static TheoryData<string> Stories()
    {
        var data = new TheoryData<string>();
        foreach (var story in Examples().RootElement.GetProperty("stories").EnumerateArray()) data.Add(story.GetProperty("name").GetString()!);
        return data;
    }

    private static JsonDocument Examples() =>
        JsonDocument.Parse(EmbeddedResources.ReadText(typeof(ReadingLexicon).Assembly, "reading-examples.json"));

    [Theory]
    [MemberData(nameof(Stories))]
    public void Claims_of_each_example_storyline_are_answered_as_written(string name)
    {
        using var examples = Examples();
        var story = examples.RootElement.GetProperty("stories").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
        using var dir = new TempFolder();
        var lines = story.GetProperty("pages").EnumerateArray().Select(p => JsonSerializer.Serialize(new { date = p.GetProperty("date").GetString(), text = p.GetProperty("text").GetString() }));
        string corpus = dir.Write("story.jsonl", string.Join('\n', lines));
        using var store = new SqliteStore(dir.File("story.db"));
        new Ingestor(store, new DocumentAnalyzer()).Ingest(new InputReader().Read([corpus]));
        var checker = new ClaimChecker(store);
        var wrong = new List<string>();
        foreach (var check in story.GetProperty("checks").EnumerateArray())
        {
            string claim = check.GetProperty("claim").GetString()!;
            var asOf = DateOnly.Parse(check.GetProperty("as_of").GetString()!);
            string expected = check.GetProperty("expected").GetString()!;
            var result = checker.Check(claim, asOf);
            string got = result.Verdict.Text();
            if (got != expected) wrong.Add($"{asOf:yyyy-MM-dd} \"{claim}\": {got}, expected {expected} ({result.Why})");
            if (got != "not_supported") Assert.NotEmpty(result.Evidence);
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
