using System.Text.Json;
using Microsoft.Playwright;

namespace Chronicle.Tests.Server;

/// <summary>The pages in a real headless Chromium, as a person uses them.</summary>
public sealed class BrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [BrowserFact]
    public async Task Dragging_the_as_of_line_shows_what_held_that_day()
    {
        var page = await session.OpenAsync("/entity/Steve%20Jobs");
        await page.Locator(".timeline-svg .state-bar").First.WaitForAsync();
        var panel = page.Locator("#as-of-panel");

        // To the tick of 2008: before he stepped down and before he died.
        await DragAsOfLineTo(page, await CenterX(page.Locator(".timeline-svg .tick", new() { HasTextString = "2008" })));
        string early = await WaitForPanelDate(page, d => d.StartsWith("2007") || d.StartsWith("2008"));
        string earlyText = await panel.InnerTextAsync();
        Assert.Contains("holds position: chief executive", earlyText);
        Assert.DoesNotContain("dead", earlyText);
        AssertPanelShows(earlyText, Support.Cli.Run("--db", session.Db, "--json", "asof", early, "Steve Jobs").Out);
        Assert.True(await page.Locator(".state-bar.holds").CountAsync() > 0, "no bar is highlighted as holding on that day");
        await BrowserSession.Screenshot(page, "entity-timeline");

        // To the right end: after his death.
        var box = (await page.Locator(".timeline-svg").BoundingBoxAsync())!;
        await DragAsOfLineTo(page, box.X + box.Width - 20);
        string late = await WaitForPanelDate(page, d => string.CompareOrdinal(d, "2011-10-05") >= 0);
        string lateText = await panel.InnerTextAsync();
        Assert.Contains("dead", lateText);
        AssertPanelShows(lateText, Support.Cli.Run("--db", session.Db, "--json", "asof", late, "Steve Jobs").Out);
        Assert.True(session.ErrorsOn(page).Count == 0, string.Join("\n", session.ErrorsOn(page)));
    }

    [BrowserFact]
    public async Task Submitting_a_claim_shows_the_verdict_and_the_evidence()
    {
        var page = await session.OpenAsync("/check");
        await page.FillAsync("input[name=claim]", "Alec Baldwin faces an involuntary manslaughter charge");
        await page.FillAsync("input[name=as_of]", "2023-04-20");
        await page.ClickAsync("button[type=submit]");
        var verdict = page.Locator("#verdict .verdict");
        await verdict.WaitForAsync();
        Assert.Equal("supported", (await verdict.InnerTextAsync()).ToLowerInvariant());
        string evidence = await page.Locator("ol.evidence").First.InnerTextAsync();
        Assert.Contains("charged with involuntary manslaughter", evidence);
        Assert.Contains("2023-04-20", evidence);
        Assert.Contains("Why:", await page.Locator("#verdict").InnerTextAsync());
        await BrowserSession.Screenshot(page, "claim-check");

        await page.Locator("ol.evidence a").First.ClickAsync();
        var cited = page.Locator(".sentence.target");
        await cited.WaitForAsync();
        Assert.Contains("charged with involuntary manslaughter", await cited.InnerTextAsync());
        Assert.True(session.ErrorsOn(page).Count == 0, string.Join("\n", session.ErrorsOn(page)));
    }

    [BrowserFact]
    public async Task Searching_highlights_hits_and_opens_the_document()
    {
        var page = await session.OpenAsync("/");
        await page.FillAsync("input[name=q]", "Pixar");
        await page.FillAsync("input[name=after]", "2011-01-01");
        await page.ClickAsync("button[type=submit]");
        await page.Locator(".hit").First.WaitForAsync();
        Assert.True(await page.Locator(".hit mark").CountAsync() > 0, "no highlighted match");
        Assert.All(await page.Locator(".hit time").AllInnerTextsAsync(), date => Assert.True(string.CompareOrdinal(date, "2011-01-01") >= 0, date));
        await BrowserSession.Screenshot(page, "search");

        await page.Locator(".hit a.doc-link").First.ClickAsync();
        await page.Locator("article.document h1").WaitForAsync();
        Assert.Contains("Pixar", await page.Locator(".sentence.target").InnerTextAsync());
        Assert.True(await page.Locator(".sentence .timex").CountAsync() > 0, "no time expression highlighted");
        Assert.True(await page.Locator(".sentence a.ent").CountAsync() > 0, "no entity highlighted");
        await BrowserSession.Screenshot(page, "document");
        Assert.True(session.ErrorsOn(page).Count == 0, string.Join("\n", session.ErrorsOn(page)));
    }

    [BrowserFact]
    public async Task The_API_reference_page_works_offline()
    {
        var page = await session.OpenAsync("/reference/");
        await page.GetByText("/api/check").First.WaitForAsync();
        Assert.Contains("Chronicle API", await page.TitleAsync());
        await BrowserSession.Screenshot(page, "api-reference");
        Assert.True(session.ErrorsOn(page).Count == 0, string.Join("\n", session.ErrorsOn(page)));
    }

    private static async Task<float> CenterX(ILocator locator)
    {
        var box = (await locator.BoundingBoxAsync())!;
        return box.X + box.Width / 2;
    }

    private static async Task DragAsOfLineTo(IPage page, float x)
    {
        var handle = (await page.Locator(".timeline-svg .as-of .handle").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(handle.X + handle.Width / 2, handle.Y + handle.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x, handle.Y + handle.Height / 2, new MouseMoveOptions { Steps = 12 });
        await page.Mouse.UpAsync();
    }

    /// <summary>Waits until the panel shows a day the condition accepts, and returns it.</summary>
    private static async Task<string> WaitForPanelDate(IPage page, Func<string, bool> accept)
    {
        for (int i = 0; i < 100; i++)
        {
            string? day = await page.Locator("#as-of-panel").GetAttributeAsync("data-date");
            if (day is not null && accept(day) && await page.Locator("#as-of-input").InputValueAsync() == day) return day;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"the as-of panel never showed a fitting day (last: {await page.Locator("#as-of-panel").GetAttributeAsync("data-date")})");
    }

    /// <summary>Every fact the CLI's asof gives for that day is in the panel.</summary>
    private static void AssertPanelShows(string panel, string asOfJson)
    {
        foreach (var fact in JsonDocument.Parse(asOfJson).RootElement.EnumerateArray())
            Assert.Contains(fact.GetProperty("relation").GetString()!.Replace('_', ' '), panel);
    }
}
