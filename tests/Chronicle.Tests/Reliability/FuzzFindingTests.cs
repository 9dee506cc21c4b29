using Chronicle.Time;

namespace Chronicle.Tests.Reliability;

/// <summary>Inputs the fuzzers (bench/fuzz) found that made a stage throw; each must now be read without an exception.</summary>
public class FuzzFindingTests
{
    [Theory]
    [InlineData("3333333333 years ago")] // amount overflowed Int32 when moving the date: exit 70 from timex, a failed page in ingest
    [InlineData("O d\0ctOn A year ago\u00df3'21e, On 0 p.m0 p.m.\0\u0080")]
    [InlineData("On A ye[r ago\u00df3'21e, OndsnB333333333 year ago")]
    public void The_time_tagger_reads_what_the_fuzzer_found_without_throwing(string text)
    {
        var mentions = TimeTagger.Default.Tag(text, new DateOnly(2023, 5, 1));
        Assert.All(mentions, m => Assert.InRange(m.End, m.Start, text.Length));
    }
}
