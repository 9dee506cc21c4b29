using System.Text.Json;
using Chronicle.Domain.Time;
using Chronicle.Time;

namespace Chronicle.Cli.Commands;

/// <summary>
/// Tags time expressions: in stdin (--dct DATE, plain or --json), in JSON Lines documents ({"id","text","ref"}
/// per line, --jsonl, for side-by-side runs with the peers), or in every TimeML file of a folder (--tml IN --out OUT).
/// </summary>
public sealed class TimexCommand : ICommand
{
    public string Name => "timex";
    public string Usage => "timex --dct DATE [--json] < text | timex --jsonl < docs.jsonl | timex --tml IN_DIR --out OUT_DIR";
    public string Summary => "tag time expressions in stdin (or TimeML files)";

    public int Run(CommandContext context)
    {
        var args = context.Args;
        if (args.Option("tml") is { } inDir)
        {
            string outDir = args.Option("out") ?? throw new UsageException("--tml needs --out OUT_DIR");
            return RunTimeMl(context, inDir, outDir);
        }
        if (args.Flag("jsonl")) return RunJsonLines(context);
        var dct = args.DateOption("dct") ?? throw new UsageException("timex needs --dct YYYY-MM-DD (or --tml IN --out OUT)");
        string text = context.In.ReadToEnd();
        var mentions = TimeTagger.Default.Tag(text, dct);
        if (context.Json) WriteJson(context.Out, mentions);
        else
            foreach (var m in mentions)
                context.Out.WriteLine($"{m.Start}\t{m.End}\t{TimeMlDocument.TypeName(m.Type)}\t{m.Value}\t{m.Text}");
        return 0;
    }

    private static int RunTimeMl(CommandContext context, string inDir, string outDir)
    {
        if (!Directory.Exists(inDir)) throw new UsageException($"--tml folder '{inDir}' does not exist");
        Directory.CreateDirectory(outDir);
        int failed = 0, files = 0, found = 0;
        foreach (var path in Directory.EnumerateFiles(inDir, "*.tml").Order(StringComparer.Ordinal))
        {
            try
            {
                var doc = TimeMlDocument.Parse(File.ReadAllText(path));
                var mentions = TimeTagger.Default.Tag(doc.Text, doc.DocumentDate);
                File.WriteAllText(Path.Combine(outDir, Path.GetFileName(path)), doc.Write(mentions));
                files++;
                found += mentions.Count;
            }
            catch (FormatException e)
            {
                context.Err.WriteLine($"chronicle timex: {path}: {e.Message}");
                failed++;
            }
        }
        context.Err.WriteLine($"chronicle timex: {files} files, {found} expressions -> {outDir}");
        return failed == 0 ? 0 : 1;
    }

    // Jitted fully optimized at once: a batch run is too short for tiered compilation to pay off.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int RunJsonLines(CommandContext context)
    {
        var output = new MemoryStream();
        string? line;
        int number = 0, failed = 0;
        while ((line = context.In.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0) continue;
            if (!TryReadLine(line, out var doc, out string text, out DateOnly dct))
            {
                context.Err.WriteLine($"chronicle timex: stdin:{number}: not a JSON object with \"text\" and \"ref\" (YYYY-MM-DD); skipped");
                failed++;
                continue;
            }
            using var _ = doc;
            var root = doc.RootElement;
            var mentions = TimeTagger.Default.Tag(text, dct);
            output.SetLength(0);
            using (var writer = new Utf8JsonWriter(output))
            {
                writer.WriteStartObject();
                if (root.TryGetProperty("id", out var id)) { writer.WritePropertyName("id"); id.WriteTo(writer); }
                writer.WritePropertyName("timex");
                WriteMentions(writer, mentions, details: true);
                writer.WriteEndObject();
            }
            context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length));
        }
        return failed == 0 ? 0 : ExitCodes.NotFoundOrPartial;
    }

    /// <summary>One JSON Lines document: {"text": ..., "ref": "YYYY-MM-DD"}; false for anything else.</summary>
    private static bool TryReadLine(string line, out JsonDocument doc, out string text, out DateOnly dct)
    {
        doc = null!;
        text = "";
        dct = default;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return false;
        }
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
            && root.TryGetProperty("ref", out var r) && r.ValueKind == JsonValueKind.String
            && DateOnly.TryParse(r.GetString(), System.Globalization.CultureInfo.InvariantCulture, out dct))
        {
            text = t.GetString()!;
            return true;
        }
        doc.Dispose();
        return false;
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<TimeMention> mentions)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteMentions(writer, mentions, details: false);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    /// <summary>--json prints exactly text, start, end, type, value; details add mod and the inferred flag.</summary>
    private static void WriteMentions(Utf8JsonWriter writer, IReadOnlyList<TimeMention> mentions, bool details)
    {
        writer.WriteStartArray();
        foreach (var m in mentions)
        {
            writer.WriteStartObject();
            writer.WriteString("text", m.Text);
            writer.WriteNumber("start", m.Start);
            writer.WriteNumber("end", m.End);
            writer.WriteString("type", TimeMlDocument.TypeName(m.Type));
            writer.WriteString("value", m.Value);
            if (details)
            {
                if (m.Mod is not null) writer.WriteString("mod", m.Mod);
                writer.WriteBoolean("inferred", m.Inferred);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
