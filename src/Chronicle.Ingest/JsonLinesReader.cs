using System.Text.Json;
using Chronicle.Domain.Documents;

namespace Chronicle.Ingest;

/// <summary>
/// JSON Lines: one article a line, {"date": "YYYY-MM-DD", "text": "...", "title"?, "url"?, "source"?, "id"?}.
/// Read as a stream, so a large corpus file never sits in memory whole. A bad line fails alone,
/// named by its line number; the other lines are still read.
/// </summary>
internal static class JsonLinesReader
{
    private const string NotAnArticle = "not an article: no \"text\" field";

    public static IEnumerable<InputItem> Read(string name, Stream stream, bool explicitlyNamed)
    {
        int lineNumber = 0;
        bool sawArticle = false;
        foreach (var (bytes, line) in ByteLines(stream))
        {
            lineNumber = line;
            var origin = new InputOrigin(name, lineNumber);
            if (bytes.Length > InputReader.MaxFileBytes)
            {
                yield return new ReadFailure(origin, $"line longer than the {InputReader.MaxFileBytes / (1024 * 1024)} MB limit for a page");
                continue;
            }
            if (!TextLines.TryDecode(bytes, out string text, out _))
            {
                yield return new ReadFailure(origin, "not valid UTF-8 text");
                continue;
            }
            if (string.IsNullOrWhiteSpace(text)) continue;
            var item = ReadLine(origin, text);
            // A folder may hold JSON Lines that are not articles (an index, a list of probes): pass over such a file.
            if (!explicitlyNamed && !sawArticle && item is ReadFailure { Error: NotAnArticle })
            {
                yield return new SkippedInput(new InputOrigin(name), "JSON Lines without article fields (date, text)");
                yield break;
            }
            sawArticle |= item is ReadDocument;
            yield return item;
        }
    }

    /// <summary>Lines as raw bytes (so a bad byte fails one line, not the file), numbered from 1.</summary>
    private static IEnumerable<(byte[] Bytes, int Line)> ByteLines(Stream stream)
    {
        var line = new MemoryStream();
        var chunk = new byte[1 << 16];
        int number = 1, read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            int start = 0;
            for (int i = 0; i < read; i++)
            {
                if (chunk[i] != (byte)'\n') continue;
                line.Write(chunk, start, i - start);
                yield return (TrimCarriageReturn(line), number++);
                line.SetLength(0);
                start = i + 1;
            }
            if (line.Length <= InputReader.MaxFileBytes) line.Write(chunk, start, read - start);
        }
        if (line.Length > 0) yield return (TrimCarriageReturn(line), number);
    }

    private static byte[] TrimCarriageReturn(MemoryStream line)
    {
        var bytes = line.ToArray();
        return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }

    private static InputItem ReadLine(InputOrigin origin, string line)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return new ReadFailure(origin, $"malformed JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new ReadFailure(origin, "expected a JSON object");
            string? dateText = StringField(root, "date"), text = StringField(root, "text");
            if (!root.TryGetProperty("text", out _)) return new ReadFailure(origin, NotAnArticle);
            if (dateText is null) return new ReadFailure(origin, "missing \"date\"");
            if (!DateOnly.TryParseExact(dateText.Length > 10 && dateText[10] == 'T' ? dateText[..10] : dateText, "yyyy-MM-dd", out var date))
                return new ReadFailure(origin, $"invalid date '{dateText}' (expected YYYY-MM-DD)");
            string page = DocumentIdentity.Normalize(text ?? "");
            if (page.Length == 0) return new ReadFailure(origin, "missing or empty \"text\"");
            return new ReadDocument(origin, new Document(
                DocumentIdentity.IdOf(page), date, page,
                Title: StringField(root, "title"), Url: StringField(root, "url"),
                Source: StringField(root, "source"), ExternalId: StringField(root, "id")));
        }
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
