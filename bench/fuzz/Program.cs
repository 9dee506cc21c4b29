using System.Text;
using Chronicle.Ingest;
using Chronicle.Query;
using Chronicle.Time;
using SharpFuzz;

// SharpFuzz harnesses (AFL++), one a target; run by bench/fuzz/run.sh, not in CI.
//   input: the page reader, with its format detection: dated pages, HTML pages, RSS/Atom feeds, JSON Lines
//   timex: the time tagger on any text
//   claim: the claim parser on any text
// A target reports bad input as data (failures, nothing found); any exception that escapes is a finding.
string target = args.Length > 0 ? args[0] : throw new ArgumentException("usage: fuzz-chronicle input|timex|claim");
Action<Stream> run = target switch
{
    "input" => stream =>
    {
        foreach (var item in new InputReader { DefaultDate = new DateOnly(2023, 1, 1) }.Read(["-"], () => stream))
            if (item is ReadDocument { Document: var d } && d.Text.Length == 0) throw new InvalidOperationException("empty document stored");
    },
    "timex" => stream =>
    {
        string text = Read(stream);
        foreach (var m in TimeTagger.Default.Tag(text, new DateOnly(2023, 5, 1)))
            if (m.Start < 0 || m.End > text.Length || m.Start > m.End) throw new InvalidOperationException($"time mention [{m.Start},{m.End}) outside the text");
    },
    "claim" => stream => ClaimParser.Default.Parse(Read(stream)),
    _ => throw new ArgumentException($"unknown target {target}"),
};
Fuzzer.Run(run);

static string Read(Stream stream)
{
    using var reader = new StreamReader(stream, new UTF8Encoding(false, false));
    return reader.ReadToEnd();
}
