using System.Buffers;
using Chronicle.Domain.Documents;

namespace Chronicle.Store;

/// <summary>
/// Sentences are stored as spans of their document's text (table sentence_spans, view sentences). The databases
/// cut a span with substr(), which counts characters (code points), while a sentence's offsets count .NET UTF-16
/// units: the two agree up to the first character outside the BMP (a surrogate pair, e.g. an emoji). SQLite also
/// treats NUL specially. A sentence that ends after such a character, or whose text is not exactly its span, keeps
/// a copy of its text.
/// </summary>
public static class SentenceSpans
{
    private static readonly SearchValues<char> OffsetBreakers = SearchValues.Create(
        "\0" + string.Concat(Enumerable.Range(0xD800, 0xE000 - 0xD800).Select(c => (char)c)));

    /// <summary>The index of the first character after which substr() offsets no longer match .NET's (the text's length if none).</summary>
    public static int ExactPrefix(string documentText)
    {
        int index = documentText.AsSpan().IndexOfAny(OffsetBreakers);
        return index < 0 ? documentText.Length : index;
    }

    /// <summary>The text to store beside the span: null when the span of the document text reproduces it exactly.</summary>
    public static string? CopiedText(string documentText, int exactPrefix, Sentence sentence) =>
        sentence.End <= exactPrefix && sentence.Start >= 0 && sentence.Start <= sentence.End
        && documentText.AsSpan(sentence.Start, sentence.End - sentence.Start).SequenceEqual(sentence.Text)
            ? null
            : sentence.Text;
}
