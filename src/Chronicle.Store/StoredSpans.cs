using System.Buffers;

namespace Chronicle.Store;

/// <summary>
/// Sentences and event evidence are stored as spans of their document's text (sentence_spans and the view
/// sentences; events.evidence_start/end) and cut out again with substr(). The databases count characters (code
/// points) where offsets count .NET UTF-16 units: the two agree up to the first character outside the BMP (a
/// surrogate pair, e.g. an emoji), and SQLite treats NUL specially. A span that ends after such a character, or
/// whose text is not exactly the document's text over it, keeps a copy of its text.
/// </summary>
public static class StoredSpans
{
    private static readonly SearchValues<char> OffsetBreakers = SearchValues.Create(
        "\0" + string.Concat(Enumerable.Range(0xD800, 0xE000 - 0xD800).Select(c => (char)c)));

    /// <summary>The length of the document text's prefix over which substr() offsets match .NET's.</summary>
    public static int ExactPrefix(string documentText)
    {
        int index = documentText.AsSpan().IndexOfAny(OffsetBreakers);
        return index < 0 ? documentText.Length : index;
    }

    /// <summary>The text to store beside the span: null when substr() of the document text over it gives the text back exactly.</summary>
    public static string? CopyUnlessExact(string documentText, int exactPrefix, int start, int end, string text) =>
        0 <= start && start <= end && end <= exactPrefix && documentText.AsSpan(start, end - start).SequenceEqual(text) ? null : text;

    /// <summary>
    /// The text to store for a mention or argument with a span: '' (read back as coalesce(nullif(text, ''), substr(document text, start + 1, end - start))) when substr() of the
    /// document text over the span gives it back exactly, else the text itself. ('' is therefore read back as the text
    /// over the span: a mention or argument always covers its text, so an empty text with a non-empty span does not occur.)
    /// </summary>
    public static string TextUnlessExact(string documentText, int exactPrefix, int start, int end, string text) =>
        text is null ? null! /* stays null: the column refuses it */ : CopyUnlessExact(documentText, exactPrefix, start, end, text) ?? "";

    /// <summary>An event's evidence is the document text over its span: stored as '' (read back with substr) unless substr cannot cut it exactly.</summary>
    public static string EvidenceCopy(string documentText, int exactPrefix, int start, int end) =>
        end <= exactPrefix ? "" : documentText[start..end];
}
