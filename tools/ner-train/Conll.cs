using System.Text;

namespace Chronicle.Tools.Conll;

/// <summary>A gold entity as a character span of the rebuilt document text.</summary>
public sealed record GoldEntity(int Start, int End, string Type);

/// <summary>
/// A CoNLL-2003 article rebuilt as plain text: tokens joined by spaces, one sentence a line, so that the
/// recognizer reads it as it reads any page. Gold entities become character spans of that text.
/// </summary>
public sealed record ConllDocument(string Text, IReadOnlyList<(int Start, int End)> Sentences, IReadOnlyList<GoldEntity> Entities);

/// <summary>
/// The fixed internal check: every tenth article of CoNLL-2003 train.txt (indexes 9, 19, 29, … in file order, 94
/// articles) is left out of training and scored like dev, through the command path, so that a change can be judged
/// on articles nobody tuned on. Nobody reads these articles or their errors while writing features or rules.
/// </summary>
public static class CheckSplit
{
    public static bool Contains(int articleIndex) => articleIndex % 10 == 9;
}

public static class ConllReader
{
    /// <summary>Reads a four-column IOB1 file (token POS chunk NER) split into articles at -DOCSTART-.</summary>
    public static List<ConllDocument> Read(string path)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<List<(string Token, string Tag)>>();
        var current = new List<(string, string)>();
        foreach (var raw in File.ReadLines(path))
        {
            string line = raw.TrimEnd('\r');
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush(current, sentences);
                if (sentences.Count > 0) documents.Add(Build(sentences));
                sentences = [];
                continue;
            }
            if (line.Trim().Length == 0) { Flush(current, sentences); continue; }
            var parts = line.Split(' ');
            current.Add((parts[0], parts[^1]));
        }
        Flush(current, sentences);
        if (sentences.Count > 0) documents.Add(Build(sentences));
        return documents;
    }

    private static void Flush(List<(string, string)> current, List<List<(string, string)>> sentences)
    {
        if (current.Count > 0) sentences.Add([.. current]);
        current.Clear();
    }

    private static ConllDocument Build(List<List<(string Token, string Tag)>> sentences)
    {
        var text = new StringBuilder();
        var spans = new List<(int, int)>();
        var entities = new List<GoldEntity>();
        foreach (var sentence in sentences)
        {
            if (text.Length > 0) text.Append('\n');
            int sentenceStart = text.Length;
            string? openType = null;
            int openStart = 0, lastEnd = 0;
            for (int i = 0; i < sentence.Count; i++)
            {
                if (i > 0) text.Append(' ');
                int start = text.Length;
                text.Append(sentence[i].Token);
                var (prefix, type) = Split(sentence[i].Tag);
                bool continues = type is not null && type == openType && prefix == "I";
                if (!continues && openType is not null) { entities.Add(new GoldEntity(openStart, lastEnd, openType)); openType = null; }
                if (type is not null && !continues) { openType = type; openStart = start; }
                lastEnd = text.Length;
            }
            if (openType is not null) entities.Add(new GoldEntity(openStart, lastEnd, openType));
            spans.Add((sentenceStart, text.Length));
        }
        return new ConllDocument(text.ToString(), spans, entities);
    }

    private static (string? Prefix, string? Type) Split(string tag) =>
        tag == "O" ? (null, null) : (tag[..1], tag[2..]);
}
