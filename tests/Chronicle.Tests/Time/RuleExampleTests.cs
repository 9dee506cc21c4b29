using Chronicle.Domain.Time;
using Chronicle.Time;
using Chronicle.Time.Normalization;

namespace Chronicle.Tests.Time;

/// <summary>Runs every example that rules.json gives for its rules.</summary>
public class RuleExampleTests
{
    public static IEnumerable<object[]> Examples() =>
        TimeTagger.Default.Rules.Rules.SelectMany(rule => rule.Examples.Select(e => new object[]
        {
            rule.Name, e.Text, e.Expression, e.Value, e.Type ?? "", e.DocumentDate.ToString("yyyy-MM-dd"),
        }));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rule_example_is_tagged_as_documented(string rule, string text, string expression, string value, string type, string dct)
    {
        var mentions = TimeTagger.Default.Tag(text, DateOnly.Parse(dct));
        if (expression.Length == 0)
        {
            Assert.True(mentions.Count == 0, $"{rule}: expected nothing in '{text}', got {string.Join(", ", mentions.Select(m => m.Text))}");
            return;
        }
        var found = mentions.SingleOrDefault(m => m.Text == expression);
        Assert.True(found is not null, $"{rule}: expected '{expression}' in '{text}', got [{string.Join(", ", mentions.Select(m => $"{m.Text}={m.Value}"))}]");
        Assert.Equal(value, found.Value);
        if (type.Length > 0) Assert.Equal(type, TimeMlDocument.TypeName(found.Type));
    }

    [Fact]
    public void Every_rule_has_an_example_and_a_known_function()
    {
        foreach (var rule in TimeTagger.Default.Rules.Rules)
        {
            Assert.True(rule.Examples.Count > 0, $"rule '{rule.Name}' has no example");
            Assert.True(Normalizers.ByName.ContainsKey(rule.Function), $"rule '{rule.Name}' names unknown function {rule.Function}");
        }
    }
}
