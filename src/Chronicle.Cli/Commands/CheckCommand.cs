using Chronicle.Contracts;
using Chronicle.Query;

namespace Chronicle.Cli.Commands;

/// <summary>Whether a claim is supported, outdated or not supported as of a date, with the evidence.</summary>
public sealed class CheckCommand : ICommand
{
    public string Name => "check";
    public string Usage => "check \"CLAIM\" --as-of DATE [--json]";
    public string Summary => "supported, outdated or not_supported as of DATE";

    public int Run(CommandContext context)
    {
        if (context.Args.Positional.Count == 0) throw new UsageException("check needs a CLAIM, e.g. chronicle check \"Alec Baldwin faces an involuntary manslaughter charge\" --as-of 2023-03-01");
        string claim = string.Join(' ', context.Args.Positional);
        var asOf = context.Args.DateOption("as-of") ?? throw new UsageException("check needs --as-of DATE");
        using var store = context.OpenStore();
        var result = new ClaimChecker(store).Check(claim, asOf);
        string verdict = VerdictText(result.Verdict);
        if (context.Json)
        {
            context.WriteJson(FactAnswers.Check(result));
            return 0;
        }
        context.Out.WriteLine($"{verdict}: {result.Note}");
        if (result.Claim is { } parsed) context.Out.WriteLine($"  claim: {parsed.Relation}({parsed.Subject}{(parsed.ObjectDisplay is { } o ? ", " + o : "")})");
        if (result.Ended is { } ended) context.Out.WriteLine($"  ended {ended.Date} by {ended.By} ({ended.Doc})");
        foreach (var ev in result.Evidence) context.Out.WriteLine($"  {ev.Date:yyyy-MM-dd} {ev.Doc}: {TimelineCommand.Clip(ev.Sentence)}");
        foreach (var p in result.Pending) context.Out.WriteLine($"  expected: {p.Date:yyyy-MM-dd} {p.Doc}: {TimelineCommand.Clip(p.Sentence)}");
        foreach (var c in result.Closest) context.Out.WriteLine($"  closest ({c.Why}): {c.Evidence.Date:yyyy-MM-dd} {c.Evidence.Doc}: {TimelineCommand.Clip(c.Evidence.Sentence)}");
        return 0;
    }

    public static string VerdictText(Verdict v) => FactAnswers.VerdictText(v);
}
