using System.Text;
using System.Text.Json;
using Chronicle.Domain.Documents;
using Chronicle.Ingest.Markup;

namespace Chronicle.Ingest;

/// <summary>
/// Reads inputs for ingest, detecting each file's format from its content:
/// a dated page (first line " date YYYY-MM-DD &lt;first text&gt;"), JSON Lines (one article object a line),
/// an HTML page, an RSS or Atom feed, or plain text dated by <see cref="DefaultDate"/>. Folders are walked recursively in name order.
/// Every problem becomes a <see cref="ReadFailure"/> naming the file (and line), never an exception.
/// </summary>
public sealed class InputReader
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Date for plain text that has no date line (the --date option).</summary>
    public DateOnly? DefaultDate { get; init; }

    public IEnumerable<InputItem> Read(IEnumerable<string> paths, Func<Stream>? openStdin = null)
    {
        foreach (string path in paths)
        {
            if (path == "-")
            {
                using var stdin = openStdin?.Invoke() ?? Console.OpenStandardInput();
                foreach (var item in ReadStream("-", stdin, explicitlyNamed: true)) yield return item;
            }
            else if (Directory.Exists(path))
            {
                var (files, problems) = FolderWalk.Walk(path);
                foreach (var problem in problems) yield return problem;
                foreach (string file in files)
                    foreach (var item in ReadFile(file, explicitlyNamed: false)) yield return item;
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path, explicitlyNamed: true)) yield return item;
            }
            else
            {
                yield return new ReadFailure(new InputOrigin(path), "no such file or folder");
            }
        }
    }

    private IEnumerable<InputItem> ReadFile(string file, bool explicitlyNamed)
    {
        Stream? stream = null;
        string? error = null;
        try
        {
            stream = File.OpenRead(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot be read: {e.Message}";
        }
        if (stream is null)
        {
            yield return new ReadFailure(new InputOrigin(file), error!);
            yield break;
        }
        using (stream)
            foreach (var item in ReadStream(file, stream, explicitlyNamed)) yield return item;
    }

    private IEnumerable<InputItem> ReadStream(string name, Stream stream, bool explicitlyNamed)
    {
        if (!stream.CanSeek)
        {
            // Standard input cannot be rewound after the format is sniffed, so it is read whole.
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            stream = copy;
        }
        var buffered = new BufferedStream(stream, 1 << 16);
        if (FirstContentByte(buffered) == (byte)'{')
            return JsonLinesReader.Read(name, buffered, explicitlyNamed);
        return ReadWholeFile(name, buffered);
    }

    /// <summary>The first byte that is not whitespace or a byte-order mark, leaving the stream where it was.</summary>
    private static int FirstContentByte(BufferedStream stream)
    {
        long start = stream.Position;
        int b;
        while ((b = stream.ReadByte()) is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF) { }
        stream.Position = start;
        return b;
    }

    private IEnumerable<InputItem> ReadWholeFile(string name, Stream stream)
    {
        var origin = new InputOrigin(name);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes)
                    return [new ReadFailure(origin, $"larger than the {MaxFileBytes / (1024 * 1024)} MB limit for a page")];
                buffer.Write(chunk, 0, read);
            }
            bytes = buffer.ToArray();
        }
        if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
            return [new ReadFailure(origin with { Line = TextLines.LineAt(bytes, nul) }, "binary file (contains a NUL byte), not text")];
        if (!TextLines.TryDecode(bytes, out string text, out int badByte))
            return [new ReadFailure(origin with { Line = TextLines.LineAt(bytes, badByte) }, "not valid UTF-8 text")];
        if (string.IsNullOrWhiteSpace(text)) return [new ReadFailure(origin, "empty page")];
        if (text.TrimStart()[0] == '<')
        {
            string source = name == "-" ? "stdin" : Path.GetFileName(name);
            if (FeedReader.IsFeed(text)) return FeedReader.Read(name, text, DefaultDate);
            return [HtmlPageReader.Read(origin, text, DefaultDate, source)];
        }
        return [ReadPage(origin, text, name)];
    }

    private InputItem ReadPage(InputOrigin origin, string text, string name)
    {
        var dateLine = DateLine.TryParse(text);
        DateOnly date;
        string page;
        switch (dateLine)
        {
            case { Error: { } error }:
                return new ReadFailure(origin with { Line = 1 }, error);
            case { Date: { } d }:
                date = d;
                page = text[dateLine.PageStart..];
                break;
            default:
                if (DefaultDate is not { } fallback)
                    return new ReadFailure(origin with { Line = 1 }, "no date: the first line is not ' date YYYY-MM-DD ...' and no --date was given");
                date = fallback;
                page = text;
                break;
        }
        page = DocumentIdentity.Normalize(page);
        if (page.Length == 0) return new ReadFailure(origin, "empty page (only a date line)");
        string source = name == "-" ? "stdin" : Path.GetFileName(name);
        return new ReadDocument(origin, new Document(DocumentIdentity.IdOf(page), date, page, Source: source));
    }
}
