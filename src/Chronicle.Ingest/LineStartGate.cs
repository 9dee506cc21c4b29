using System.Buffers;

namespace Chronicle.Ingest;

/// <summary>
/// Tells from a line's first word whether any pattern anchored at the line start (^...) could match it, so
/// that most article lines skip those patterns altogether. The first words are read off the patterns
/// themselves: the leading letters of each top-level alternative, or its first literal symbol. A pattern
/// whose start cannot be read that way leaves the gate open.
/// </summary>
internal sealed class LineStartGate
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly string[] _stems;
    private readonly SearchValues<char> _symbols;
    private readonly bool _alwaysOpen;

    public LineStartGate(IEnumerable<string> anchoredPatterns)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var stems = new List<string>();
        var symbols = new List<char>();
        foreach (var pattern in anchoredPatterns)
            foreach (var alternative in Alternatives(pattern[1..]))
                _alwaysOpen |= !Read(alternative, words, stems, symbols);
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = stems.ToArray();
        _symbols = SearchValues.Create(symbols.ToArray());
    }

    public bool MayOpen(ReadOnlySpan<char> line)
    {
        if (_alwaysOpen) return true;
        if (line.IsEmpty) return false;
        if (!char.IsLetter(line[0])) return _symbols.Contains(line[0]);
        int end = 1;
        while (end < line.Length && char.IsLetter(line[end])) end++;
        var word = line[..end];
        if (_words.Contains(word)) return true;
        foreach (var stem in _stems)
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Reads how one alternative starts; false when it cannot tell.</summary>
    private static bool Read(string alternative, HashSet<string> words, List<string> stems, List<char> symbols)
    {
        if (alternative.Length == 0) return false;
        char first = alternative[0];
        if (char.IsLetter(first))
        {
            int end = 1;
            while (end < alternative.Length && char.IsLetter(alternative[end])) end++;
            char next = end < alternative.Length ? alternative[end] : ' ';
            // A quantifier, group or class right after the letters may change or extend the word.
            if (next is '?' or '*' or '{') stems.Add(alternative[..(end - 1)]);
            else if (next is '(' or '[' or '+') stems.Add(alternative[..end]);
            else words.Add(alternative[..end]);
            return end > 1 || next is not ('?' or '*' or '{');
        }
        if (first == '\\' && alternative.Length > 1)
        {
            char escaped = alternative[1];
            if (escaped == 'd') { symbols.AddRange("0123456789"); return true; }
            if (!char.IsLetterOrDigit(escaped)) { symbols.Add(escaped); return true; }
            return false;
        }
        if (first == '[')
        {
            int close = alternative.IndexOf(']');
            if (close < 2 || alternative.AsSpan(1, close - 1).ContainsAny('\\', '^')) return false;
            symbols.AddRange(alternative[1..close]);
            return true;
        }
        if (first == '(')
        {
            int close = MatchingParen(alternative);
            if (close < 0 || (close + 1 < alternative.Length && alternative[close + 1] is '?' or '*' or '{')) return false;
            var inner = alternative[1..close];
            if (inner.StartsWith("?:")) inner = inner[2..];
            return Alternatives(inner).All(a => Read(a, words, stems, symbols));
        }
        if (first is '.' or '$' or '|' or ')' or '?' or '*' or '+' or '{' or '^') return false;
        symbols.Add(first);
        return true;
    }

    /// <summary>The top-level alternatives of a pattern.</summary>
    private static IEnumerable<string> Alternatives(string pattern)
    {
        int depth = 0, start = 0;
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { inClass = c != ']'; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) { yield return pattern[start..i]; start = i + 1; }
        }
        yield return pattern[start..];
    }

    private static int MatchingParen(string pattern)
    {
        int depth = 0;
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { inClass = c != ']'; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }
}
