using System.Text.RegularExpressions;
using Chronicle.Domain.Documents;

namespace Chronicle.Ingest;

/// <summary>The article text of a page, separated from the noise around and inside it.</summary>
public sealed record CleanedPage(IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<NoiseSpan> Noise);

/// <summary>
/// Separates article paragraphs from page noise, keeping offsets into the original text. Works line by
/// line: inline noise (ads, photo credits, tweet links) is cut out of a line first; each remaining piece is
/// then removed by a boilerplate rule from Resources/noise.json or by its shape (short label, timestamp,
/// share bar, stock table, caption, all-caps promo, duplicate, sentence-less block), or kept as a Body
/// paragraph or, when it does not end like a sentence, as a Headline.
/// </summary>
public static class PageCleaner
{
    private const int MinWordsOfHeadline = 4;
    private const int MaxWordsOfBodyHeadline = 15;
    private const int MinWordsOfSentencelessBlock = 25;
    private const int MinCharsOfTruncatedDuplicate = 40;

    public static CleanedPage Clean(string text) => Clean(text, NoiseRules.Default);

    public static CleanedPage Clean(string text, NoiseRules rules)
    {
        var noise = new List<NoiseSpan>();
        var segments = SplitIntoSegments(text, rules, noise);
        Classify(text, segments, rules);
        var paragraphs = new List<Paragraph>(segments.Count);
        foreach (var segment in segments)
        {
            if (segment.NoiseReason is { } reason) noise.Add(new NoiseSpan(segment.Span, reason));
            else paragraphs.Add(new Paragraph(paragraphs.Count, segment.Span, segment.Kind));
        }
        noise.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new CleanedPage(paragraphs, noise);
    }

    private sealed class Segment(TextSpan span, bool isFragment)
    {
        public TextSpan Span { get; } = span;
        /// <summary>A piece of a line that inline noise was cut out of: its shape says little, so it stays body text.</summary>
        public bool IsFragment { get; } = isFragment;
        public LineShape Shape { get; set; }
        public ParagraphKind Kind { get; set; } = ParagraphKind.Body;
        public string? NoiseReason { get; set; }
    }

    /// <summary>Cuts the page into trimmed lines and the lines around inline noise into pieces.</summary>
    private static List<Segment> SplitIntoSegments(string text, NoiseRules rules, List<NoiseSpan> noise)
    {
        var inline = FindInlineNoise(text, rules);
        var segments = new List<Segment>();
        int next = 0, lineStart = 0;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            var line = Trim(text, lineStart, lineEnd);
            while (next < inline.Count && inline[next].Span.End <= line.Start) next++;
            if (line.Length > 0)
            {
                int before = segments.Count;
                AddLine(text, line, inline, next, segments, noise);
                if (segments.Count == before + 1 && before > 0 && IsWrapped(text, segments[before - 1], segments[before]))
                {
                    segments[before - 1] = new Segment(new TextSpan(segments[before - 1].Span.Start, segments[before].Span.End), isFragment: false);
                    segments.RemoveAt(before);
                }
            }
            if (newline < 0) break;
            lineStart = newline + 1;
        }
        return segments;
    }

    /// <summary>
    /// A line that stops mid-sentence and a next line, right below it, that goes on in lower case are one
    /// paragraph broken by a hard wrap.
    /// </summary>
    private static bool IsWrapped(string text, Segment upper, Segment lower)
    {
        if (upper.IsFragment || lower.IsFragment || !char.IsLower(text[lower.Span.Start])) return false;
        if (text[upper.Span.End - 1] is '.' or '!' or '?' or ':' or ';' or '"' or '”' or '…') return false;
        var gap = text.AsSpan(upper.Span.End, lower.Span.Start - upper.Span.End);
        return gap.Count('\n') == 1 && gap.IsWhiteSpace();
    }

    private static void AddLine(string text, TextSpan line, List<(TextSpan Span, InlineRule Rule)> inline, int first,
        List<Segment> segments, List<NoiseSpan> noise)
    {
        int last = first;
        while (last < inline.Count && inline[last].Span.Start < line.End) last++;
        if (last > first && inline[last - 1] is { Rule.WholeLineAtEnd: true } credit && !HasLetterOrDigit(text, credit.Span.End, line.End))
        {
            // Photo credits close captions, so a line ending in one is a caption.
            noise.Add(new NoiseSpan(line, credit.Rule.Reason));
            return;
        }
        int pieceStart = line.Start;
        for (int k = first; k < last; k++)
        {
            var (span, rule) = inline[k];
            AddPiece(text, Trim(text, pieceStart, span.Start), isFragment: true, segments, noise);
            noise.Add(new NoiseSpan(span, rule.Reason));
            pieceStart = span.End;
        }
        AddPiece(text, Trim(text, pieceStart, line.End), isFragment: last > first, segments, noise);
    }

    private static void AddPiece(string text, TextSpan piece, bool isFragment, List<Segment> segments, List<NoiseSpan> noise)
    {
        if (piece.Length == 0) return;
        if (HasLetterOrDigit(text, piece.Start, piece.End)) segments.Add(new Segment(piece, isFragment));
        else noise.Add(new NoiseSpan(piece, "punctuation"));
    }

    private static List<(TextSpan Span, InlineRule Rule)> FindInlineNoise(string text, NoiseRules rules)
    {
        var found = new List<(TextSpan Span, InlineRule Rule)>();
        foreach (var rule in rules.InlineRules)
            foreach (var pattern in rule.Pattern.Patterns)
            {
                try
                {
                    foreach (var match in pattern.EnumerateMatches(text))
                        found.Add((new TextSpan(match.Index, match.Index + match.Length), rule));
                }
                catch (RegexMatchTimeoutException)
                {
                    // The spans found before the timeout stand; a pathological page keeps the rest of its text.
                }
            }
        if (found.Count < 2) return found;
        found.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        var disjoint = new List<(TextSpan Span, InlineRule Rule)>(found.Count);
        foreach (var item in found)
            if (disjoint.Count == 0 || item.Span.Start >= disjoint[^1].Span.End) disjoint.Add(item);
        return disjoint;
    }

    private static void Classify(string text, List<Segment> segments, NoiseRules rules)
    {
        bool inRelatedList = false, keptAny = false, seenProse = false;
        var repeats = new Repeats(text);
        for (int i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var line = text.AsSpan(segment.Span.Start, segment.Span.Length);
            var shape = segment.Shape = LineShape.Of(line, rules);
            bool repeat = repeats.IsRepeat(segment.Span, shape.Words);

            if (MatchingRule(line, shape, rules) is { } rule)
            {
                segment.NoiseReason = rule.Reason;
                inRelatedList |= rule.StartsList;
                if (rule.AbsorbsPrevious && i > 0 && segments[i - 1] is { NoiseReason: null, Shape.Words: <= 80 } previous)
                    previous.NoiseReason = rule.Reason;
                continue;
            }
            if (inRelatedList)
            {
                if (!shape.EndsLikeSentence || (shape.EndsWithQuestion && shape.Words <= 20)) { segment.NoiseReason = "related"; continue; }
                inRelatedList = false;
            }
            if (repeat) { segment.NoiseReason = "duplicate"; continue; }
            segment.NoiseReason = segment.IsFragment ? null : NoiseByShape(line, shape, rules, keptAny, seenProse, i == segments.Count - 1);
            if (segment.NoiseReason is not null) continue;
            keptAny = true;
            bool headline = !segment.IsFragment && !shape.EndsLikeSentence
                && (!seenProse || (shape.Words <= MaxWordsOfBodyHeadline && i < segments.Count - 1))
                && !rules.Dateline.IsMatch(line);
            segment.Kind = headline ? ParagraphKind.Headline : ParagraphKind.Body;
            seenProse |= !headline;
        }
    }

    private static LineRule? MatchingRule(ReadOnlySpan<char> line, LineShape shape, NoiseRules rules)
    {
        if (!rules.MayMatch(line, shape.EndsLikeSentence)) return null;
        foreach (var rule in rules.LineRules)
        {
            if (shape.Words > rule.MaxWords || (rule.OnlyNonProse && shape.EndsLikeSentence)) continue;
            if (rule.Pattern.IsMatch(line)) return rule;
        }
        return null;
    }

    /// <summary>The reason a line is noise judging by its shape alone, or null for article text.</summary>
    private static string? NoiseByShape(ReadOnlySpan<char> line, LineShape shape, NoiseRules rules, bool keptAny, bool seenProse, bool isLast)
    {
        if (shape.Words <= 6 && rules.Dateline.IsMatch(line)) return null;
        if (shape.IsAllCaps && keptAny) return "all-caps";
        if (shape.Words <= 16 && shape.DigitWords > 0
            && shape.TimestampWords >= shape.Words * (shape.EndsLikeSentence ? 0.8 : 0.6)) return "timestamp";
        if (shape.Words >= 6 && !shape.EndsLikeSentence && shape.UpperOrNumericWords >= shape.Words * 0.6) return "table";
        if (shape.Words <= 10 && shape.SocialWords == shape.Words) return "share";
        if (shape.Words >= MinWordsOfSentencelessBlock && !shape.HasSentenceEnd && !isLast) return "no-sentences";
        if (shape.EndsLikeSentence) return null;
        // Before the article starts, "Name doing something" is more often a headline than a caption.
        if (shape.StartsLikeCaption && shape.Words >= 5 && seenProse) return "caption";
        // Short lines are labels (section names, credits, bylines), except, inside the article, subheads
        // such as "Multi-billion acquisition" that are not just a capitalised name.
        if (shape.Words < MinWordsOfHeadline && (!seenProse || shape.Words < 2 || shape.CapitalizedWords == shape.Words)) return "label";
        return null;
    }

    /// <summary>
    /// Finds repeated lines and cut-off copies of earlier lines (a caption shown twice, a headline repeated)
    /// through hashes of whole short lines and of the first characters of long ones, so a page of many
    /// lines is not compared line against line.
    /// </summary>
    private sealed class Repeats(string text)
    {
        private readonly Dictionary<int, List<TextSpan>> _byPrefix = [];

        public bool IsRepeat(TextSpan line, int words)
        {
            var span = text.AsSpan(line.Start, line.Length);
            int key = string.GetHashCode(span[..Math.Min(span.Length, MinCharsOfTruncatedDuplicate)]);
            bool repeat = false;
            if (words >= 3 && _byPrefix.TryGetValue(key, out var earlier))
                foreach (var previous in earlier)
                {
                    bool comparable = previous.Length == line.Length || (previous.Length > line.Length && line.Length >= MinCharsOfTruncatedDuplicate);
                    if (comparable && text.AsSpan(previous.Start, line.Length).SequenceEqual(span)) { repeat = true; break; }
                }
            if (!_byPrefix.TryGetValue(key, out var list)) _byPrefix[key] = list = [];
            if (list.Count < 8) list.Add(line);
            return repeat;
        }
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && IsBlank(text[start])) start++;
        while (end > start && IsBlank(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static bool HasLetterOrDigit(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }
}
