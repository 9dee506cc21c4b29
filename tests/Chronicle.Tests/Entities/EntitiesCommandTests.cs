using System.Text.Json;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Entities;

public class EntitiesCommandTests
{
    [Fact]
    public void Entities_with_a_date_prints_the_mentions_of_stdin_as_json_with_utf16_offsets()
    {
        const string text = "“We are pleased,” Alec Baldwin’s lawyer said in Santa Fe. Baldwin thanked NBC.";
        var result = Support.Cli.RunWithInput(text, "entities", "--dct", "2023-04-20", "--json");
        Assert.Equal(0, result.Status);
        var mentions = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        foreach (var m in mentions)
            Assert.Equal(m.GetProperty("text").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
        Assert.Contains(mentions, m => m.GetProperty("text").GetString() == "Baldwin"
            && m.GetProperty("type").GetString() == "PERSON" && m.GetProperty("entity").GetString() == "Alec Baldwin");
        Assert.Contains(mentions, m => m.GetProperty("text").GetString() == "Santa Fe" && m.GetProperty("type").GetString() == "LOCATION");
        Assert.Contains(mentions, m => m.GetProperty("text").GetString() == "NBC" && m.GetProperty("type").GetString() == "ORGANIZATION");
    }

    [Fact]
    public void Entity_and_entities_read_the_store_after_ingest()
    {
        using var dir = new TempFolder();
        string db = dir.File("c.db");
        dir.Write("pages/2023-01-31_a.txt", " date 2023-01-31 Charges\n\nAlec Baldwin was charged in New Mexico. Baldwin denied it.\n");
        dir.Write("pages/2023-04-21_b.txt", " date 2023-04-21 Dropped\n\nProsecutors dropped the charge against actor Alec Baldwin. Baldwin thanked his lawyers.\n");
        Assert.Equal(0, Support.Cli.Run("--db", db, "ingest", dir.File("pages")).Status);

        var listing = JsonDocument.Parse(Support.Cli.Run("--db", db, "entities", "--json").Out).RootElement;
        var first = listing.EnumerateArray().First();
        Assert.Equal("Alec Baldwin", first.GetProperty("name").GetString());
        Assert.Equal(2, first.GetProperty("documents").GetInt32());

        var entity = JsonDocument.Parse(Support.Cli.Run("--db", db, "entity", "Baldwin", "--json").Out).RootElement;
        Assert.False(entity.GetProperty("ambiguous").GetBoolean());
        Assert.Equal("PERSON", entity.GetProperty("type").GetString());
        Assert.Equal("2023-01-31", entity.GetProperty("first_seen").GetString());
        Assert.Equal("2023-04-21", entity.GetProperty("last_seen").GetString());
        Assert.Contains(entity.GetProperty("roles").EnumerateArray(), r => r.GetProperty("role").GetString() == "actor" && r.GetProperty("date").GetString() == "2023-04-21");

        Assert.Equal(1, Support.Cli.Run("--db", db, "entity", "Nobody Known").Status);
    }
}
