using System.Diagnostics;
using Chronicle.Contracts;
using Chronicle.Ingest;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

public sealed class IngestCommand : ICommand
{
    public string Name => "ingest";
    public string Usage => "ingest PATH... [--date DATE] [--stages all|text|time,entities,events] [--threads N] [--batch N] [--defer-facts]";
    public string Summary => "store dated pages, JSON Lines, HTML pages or feeds (files, folders, - for stdin)";

    public int Run(CommandContext context)
    {
        var paths = context.Args.Positional;
        if (paths.Count == 0) throw new UsageException("ingest needs at least one PATH (a file, a folder, or - for standard input)");
        var reader = new InputReader { DefaultDate = context.Args.DateOption("date") };
        int batchSize = context.Args.IntOption("batch") ?? 200;
        bool showProgress = context.IsTerminal && !Console.IsErrorRedirected;
        var clock = Stopwatch.StartNew();
        IngestReport report;
        using (var store = context.OpenStore(createIfMissing: true))
        {
            // Analysis is pure per document, so by default every core works on it; storage stays in input order.
            int threads = context.Args.IntOption("threads") ?? Environment.ProcessorCount;
            var ingestor = new Ingestor(store, new DocumentAnalyzer(StagesOption(context.Args.Option("stages"))), batchSize, threads)
            {
                MaintainFacts = !context.Args.Flag("defer-facts"),
            };
            report = ingestor.Ingest(reader.Read(paths, () => Console.OpenStandardInput()),
                showProgress ? p => context.Err.Write($"\r{p.Read} pages read, {p.Ingested} stored, {p.Duplicates} duplicates, {p.Failed} failed, {p.Characters / 1e6:F1} M chars") : null);
        }
        if (showProgress) context.Err.WriteLine();

        foreach (var f in report.Failed)
            context.Err.WriteLine($"chronicle ingest: {f.File}{(f.Line is { } l ? $":{l}" : "")}: {f.Error}");
        foreach (var w in report.Warnings)
            context.Err.WriteLine($"chronicle ingest: {w.File}{(w.Line is { } l ? $":{l}" : "")}: warning: {w.Error}");
        foreach (var r in report.Redated)
            context.Err.WriteLine($"chronicle ingest: {r.File}{(r.Line is { } l ? $":{l}" : "")}: redated: same text as {r.DocumentId}, stored as of {r.StoredDate:yyyy-MM-dd}; the date {r.Date:yyyy-MM-dd} is not kept");
        if (context.Json)
        {
            context.WriteJson(FactAnswers.Ingest(report));
        }
        else
        {
            context.Out.WriteLine($"ingested {report.Ingested}, duplicates {report.Duplicates}, failed {report.Failed.Count}" +
                (report.Redated.Count > 0 ? $", redated {report.Redated.Count} (first stored date kept)" : "") +
                (report.Skipped.Count > 0 ? $", skipped {report.Skipped.Count} non-article files" : "") +
                $" into {context.DbName} in {clock.Elapsed.TotalSeconds:F1} s");
        }
        return report.Failed.Count > 0 ? 1 : 0;
    }

    /// <summary>Which analysis stages run: "all" (default), "text" (cleaning and sentences only), or a list; events always bring time, and without entities they use their own name finder.</summary>
    private static AnalysisOptions StagesOption(string? value)
    {
        if (value is null or "all") return AnalysisOptions.All;
        var stages = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var unknown = stages.Except(["text", "time", "entities", "events"]).ToList();
        if (unknown.Count > 0) throw new UsageException($"unknown stage '{unknown[0]}' in --stages (use all, text, time, entities, events)");
        return new AnalysisOptions(stages.Contains("time"), stages.Contains("entities"), stages.Contains("events"));
    }
}
