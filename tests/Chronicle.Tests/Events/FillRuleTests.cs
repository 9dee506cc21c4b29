using System.Text.Json;
using Chronicle.Domain.Documents;
using Chronicle.Events;
using Chronicle.Events.Names;
using Chronicle.Events.Ontology;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Events;

/// <summary>
/// Each fill rule on sentences of its own: a one-type ontology whose only role is filled by the rule under test, run
/// over the sentence analysed by the real pipeline (times and names), so the rule alone decides what the role gets.
/// </summary>
public class FillRuleTests
{
    private static readonly DocumentAnalyzer Analyzer = new(new AnalysisOptions(Events: false));

    /// <summary>The values the rule gives the role for each match of the trigger in the sentence ("" when it fills nothing).</summary>
    private static List<string> Fill(string rule, string kind, string pattern, string frame, string sentence)
    {
        var type = new
        {
            type = "test.event",
            // "title" reads the title before the name of the entity filled first: its case fills that entity first.
            roles = (rule == "title" ? new[] { new { name = "person", kind = "person", fill = new[] { "subject" } } } : [])
                .Append(new { name = "target", kind, fill = new[] { rule } }).ToArray(),
            triggers = new[] { new { pattern, frame } },
            effects = Array.Empty<object>(),
        };
        string json = JsonSerializer.Serialize(new { relations = new Dictionary<string, string>(), events = new[] { type } });
        var extractor = new EventExtractor(EventOntology.Load(json, "test.json"), Lexicon.Default);
        var analysis = Analyzer.Analyze(new Document("fill", new DateOnly(2024, 3, 6), sentence));
        return extractor.Extract(analysis).Where(e => e.Type == "test.event")
            .Select(e => string.Join(" + ", e.All("target").Select(a => a.Value))).ToList();
    }

    public static TheoryData<string, string, string, string, string, string> Cases() => new()
    {
        // rule, kind, trigger pattern, frame, sentence, the role's value ("" = the rule finds nothing)
        { "slot", "person", "ordered {target} to be? taken into custody", "phrase", "The judge ordered Hannah Gutierrez-Reed to be taken into custody.", "Hannah Gutierrez-Reed" },
        { "subject", "person", "resign~", "intransitive", "Maria Lopez resigned on Friday.", "Maria Lopez" },
        { "subject.active", "person", "arrest~", "verb", "Maria Lopez arrested John Smith on Friday.", "Maria Lopez" },
        { "subject.active", "person", "arrest~", "verb", "John Smith was arrested on Friday.", "" },
        { "subject.passive", "person", "arrest~", "verb", "John Smith was arrested on Friday.", "John Smith" },
        { "subject.passive", "person", "arrest~", "verb", "Maria Lopez arrested John Smith on Friday.", "" },
        { "subject@intransitive", "person", "resign~", "intransitive", "Maria Lopez resigned on Friday.", "Maria Lopez" },
        { "subject@noun", "person", "resign~", "intransitive", "Maria Lopez resigned on Friday.", "" },
        { "object.active", "person", "arrest~", "verb", "Maria Lopez arrested John Smith on Friday.", "John Smith" },
        { "object.entity", "org", "join|joins|joined|joining", "verb", "Maria Lopez joined Microsoft in 2019.", "Microsoft" },
        { "inside", "org", "completed * acquisition", "intransitive", "Microsoft completed the Activision Blizzard acquisition on Friday.", "Activision Blizzard" },
        { "object.phrase", "position", "appoint~", "verb", "The board appointed Maria Lopez chief executive.", "chief executive officer" },
        { "object.phrase", "position", "appoint~", "verb", "Maria Lopez was appointed chief executive on Friday.", "chief executive officer" },
        { "subject.phrase", "charge", "dropped", "verb", "The manslaughter charge against Alec Baldwin was dropped on Friday.", "manslaughter" },
        { "object.deal", "org", "block|blocks|blocked", "verb", "The regulator blocked Microsoft's acquisition of Activision Blizzard.", "Activision Blizzard" },
        { "subject.passive.deal", "org", "block|blocks|blocked", "verb", "Microsoft's acquisition of Activision Blizzard was blocked by the regulator.", "Activision Blizzard" },
        { "possessor", "person", "resignation", "noun", "John Smith's resignation surprised the board.", "John Smith" },
        { "mention", "org", "halted", "intransitive", "Tesla said production halted on Friday.", "Tesla" },
        { "mention", "person", "halted", "intransitive", "Tesla said production halted, John Smith told reporters.", "John Smith" },
        { "title", "position", "resign~", "intransitive", "Chief executive Maria Lopez resigned on Friday.", "chief executive officer" },
        { "const:leader", "position", "won * leadership", "intransitive", "Maria Lopez won the party leadership.", "leader" },
        { "prep:as", "position", "resign~", "intransitive", "Maria Lopez resigned as chief executive.", "chief executive officer" },
        { "prep:with", "charge", "charged", "verb", "John Smith was charged with fraud on Friday.", "fraud" },
        { "prep:of@noun", "person", "death", "noun", "The death of John Smith shocked the town.", "John Smith" },
        { "prep:of@noun", "person", "death", "noun", "The death shocked the town of John Smith.", "" },
        { "prep*:against", "person", "filed", "verb", "The case against John Smith was filed on Friday.", "John Smith" },
        { "prep:against", "person", "filed", "verb", "The case against John Smith was filed on Friday.", "" },
        { "prep:until", "time", "remain~", "intransitive", "Maria Lopez will remain in office until March 2025.", "2025-03" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_fill_rule_fills_its_role_from_its_own_part_of_the_sentence(string rule, string kind, string pattern, string frame, string sentence, string expected)
    {
        var values = Fill(rule, kind, pattern, frame, sentence);
        Assert.NotEmpty(values); // the trigger matched: what the role got is the rule's doing
        if (expected.Length == 0) Assert.All(values, v => Assert.Equal("", v));
        else Assert.Contains(expected, values);
    }
}
