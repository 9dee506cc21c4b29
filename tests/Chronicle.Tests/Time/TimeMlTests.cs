using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>The --tml contract: TEXT's characters unchanged, DCT kept, one TIMEX3 per expression, inner tags dropped.</summary>
public class TimeMlTests
{
    private const string Input = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>x</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
        <TEXT>Sales <EVENT eid="e1">rose</EVENT> &amp; profits fell <TIMEX3 tid="t9" type="DATE" value="1998-01-07">yesterday</TIMEX3>, as in March.</TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t9"/>
        </TimeML>
        """;

    [Fact]
    public void Text_is_kept_character_for_character_and_expressions_are_tagged()
    {
        var doc = TimeMlDocument.Parse(Input);
        Assert.Equal(new DateOnly(1998, 1, 8), doc.DocumentDate);
        Assert.Equal("Sales rose &amp; profits fell yesterday, as in March.", doc.Text);

        string output = doc.Write(TimeTagger.Default.Tag(doc.Text, doc.DocumentDate));
        Assert.Contains("<DCT><TIMEX3 tid=\"t0\"", output);
        Assert.Contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>", output);
        Assert.Contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1997-03\">March</TIMEX3>", output);
        Assert.DoesNotContain("EVENT", output);
        Assert.DoesNotContain("TLINK", output);
        var reparsed = TimeMlDocument.Parse(output);
        Assert.Equal(doc.Text, reparsed.Text);
        System.Xml.Linq.XDocument.Parse(output);
    }
}
