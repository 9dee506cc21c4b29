using System.Text.Json;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Time;

/// <summary>The external contract of `chronicle timex`.</summary>
public class TimexCommandTests
{
    [Fact]
    public void Json_output_is_an_array_of_text_start_end_type_value_with_utf16_offsets()
    {
        const string text = "“Now” — he was charged in January and will be tried for three years.";
        var result = Support.Cli.RunWithInput(text, "timex", "--dct", "2023-04-20", "--json");
        Assert.Equal(0, result.Status);
        var items = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["Now", "January", "three years"], items.Select(i => i.GetProperty("text").GetString()));
        foreach (var item in items)
        {
            Assert.Equal(["text", "start", "end", "type", "value"], item.EnumerateObject().Select(p => p.Name));
            int start = item.GetProperty("start").GetInt32(), end = item.GetProperty("end").GetInt32();
            Assert.Equal(item.GetProperty("text").GetString(), text[start..end]);
        }
        Assert.Equal(["DATE", "DATE", "DURATION"], items.Select(i => i.GetProperty("type").GetString()));
        Assert.Equal(["PRESENT_REF", "2023-01", "P3Y"], items.Select(i => i.GetProperty("value").GetString()));
    }

    [Fact]
    public void Tml_mode_writes_every_file_with_the_same_name()
    {
        using var dir = new TempFolder();
        dir.Write("in/a.tml", """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2023-04-20">x</TIMEX3></DCT>
            <TEXT>Filed <TIMEX3 tid="t5" type="DATE" value="2023-04-19">yesterday</TIMEX3>.</TEXT></TimeML>
            """);
        var result = Support.Cli.Run("timex", "--tml", dir.File("in"), "--out", dir.File("out"));
        Assert.Equal(0, result.Status);
        string written = File.ReadAllText(dir.File("out/a.tml"));
        Assert.Contains("<TEXT>Filed <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-04-19\">yesterday</TIMEX3>.</TEXT>", written);
    }

    [Fact]
    public void A_missing_document_date_is_a_usage_error()
    {
        Assert.Equal(2, Support.Cli.RunWithInput("today", "timex").Status);
    }
}
