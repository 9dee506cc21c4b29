using Chronicle.Ingest;

namespace Chronicle.Tests.Cleaning;

/// <summary>Runs every example and counter-example of Resources/noise.json.</summary>
public class NoiseRuleExampleTests
{
    public static TheoryData<string, string> LineExamples() =>
        Data(NoiseRules.Default.LineRules.SelectMany(r => r.Examples.Select(e => (e, r.Reason))));

    public static TheoryData<string, string> LineCounterExamples() =>
        Data(NoiseRules.Default.LineRules.SelectMany(r => r.CounterExamples.Select(e => (e, r.Reason))));

    public static TheoryData<string, string, string> InlineExamples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var rule in NoiseRules.Default.InlineRules)
            foreach (var (text, removed) in rule.Examples) data.Add(text, removed, rule.Reason);
        return data;
    }

    [Theory]
    [MemberData(nameof(LineExamples))]
    public void EachLineRuleExampleIsRemovedForItsReason(string line, string reason)
    {
        var page = PageCleaner.Clean(line);
        Assert.Empty(page.Paragraphs);
        Assert.Equal(reason, Assert.Single(page.Noise).Reason);
    }

    [Theory]
    [MemberData(nameof(LineCounterExamples))]
    public void EachLineRuleCounterExampleIsKept(string line, string reason)
    {
        var page = PageCleaner.Clean(line);
        Assert.True(page.Noise.Count == 0, $"removed as {page.Noise.FirstOrDefault()?.Reason} (rule {reason})");
        Assert.Equal(line, line[page.Paragraphs.Single().Span.Start..page.Paragraphs.Single().Span.End]);
    }

    [Theory]
    [MemberData(nameof(InlineExamples))]
    public void EachInlineRuleExampleRemovesJustItsSpan(string text, string removed, string reason)
    {
        var page = PageCleaner.Clean(text);
        var noise = Assert.Single(page.Noise);
        Assert.Equal((removed, reason), (text[noise.Span.Start..noise.Span.End], noise.Reason));
        Assert.All(page.Paragraphs, p => Assert.False(p.Span.Overlaps(noise.Span)));
        Assert.Equal(text.Replace(removed, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            page.Paragraphs.SelectMany(p => text[p.Span.Start..p.Span.End].Split(' ')).ToArray());
    }

    [Fact]
    public void EveryPatternHasAnExample()
    {
        var missing = NoiseRules.Default.LineRules
            .SelectMany(rule => rule.Pattern.Patterns.Where(p => !rule.Examples.Any(p.IsMatch)).Select(p => $"{rule.Reason}: {p}")).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void TheLineStartGateLetsEveryAnchoredExampleThroughAndStopsOrdinaryProse()
    {
        var rules = NoiseRules.Default;
        var blocked = rules.LineRules
            .SelectMany(rule => rule.Pattern.Patterns.Where(p => p.ToString().StartsWith('^'))
                .SelectMany(p => rule.Examples.Where(e => p.IsMatch(e))))
            .Where(example => !rules.StartsLikeAnchoredPattern(example)).ToList();
        Assert.True(blocked.Count == 0, string.Join("\n", blocked));
        Assert.False(rules.StartsLikeAnchoredPattern("The deal closed on Friday, the company said."));
        Assert.False(rules.StartsLikeAnchoredPattern("Prosecutors dropped the charge."));
        Assert.False(rules.StartsLikeAnchoredPattern("“We are pleased,” the lawyers said."));
    }

    [Fact]
    public void DatelineExamplesAreKeptAndCounterExamplesAreNot()
    {
        Assert.All(NoiseRules.Default.DatelineExamples, line => Assert.Single(PageCleaner.Clean(line).Paragraphs));
        Assert.All(NoiseRules.Default.DatelineCounterExamples, line => Assert.Empty(PageCleaner.Clean(line).Paragraphs));
    }

    private static TheoryData<string, string> Data(IEnumerable<(string, string)> rows)
    {
        var data = new TheoryData<string, string>();
        foreach (var (a, b) in rows) data.Add(a, b);
        return data;
    }
}
