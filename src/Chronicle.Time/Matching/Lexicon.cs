using System.Runtime.CompilerServices;
using System.Text.Json;
using Chronicle.Domain;

namespace Chronicle.Time.Matching;

/// <summary>
/// Word classes from lexicon.json plus the literal words used by the rules, each a bit in a token's class set.
/// Classifying a token is one dictionary look-up on its lower-cased text; everything the rules ask about a
/// token afterwards is a bit test.
/// </summary>
public sealed class Lexicon
{
    private sealed class Entry(string word)
    {
        public readonly string Word = word;
        public UInt128 Always;
        public UInt128 WhenCapitalized;
        public readonly Dictionary<int, string> Values = [];
    }

    private readonly Dictionary<string, Entry> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, int> _classIds = new(StringComparer.Ordinal);

    /// <summary>Built-in classes computed from the token's shape rather than listed words.</summary>
    public static readonly string[] BuiltIns = ["#num", "#int", "#year", "#day", "#ordinal", "#clock", "#fraction", "#decade", "#cap"];

    public Lexicon(string lexiconJson)
    {
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var builtIn in BuiltIns) ClassId(builtIn);
        using var doc = JsonDocument.Parse(lexiconJson);
        foreach (var cls in doc.RootElement.GetProperty("classes").EnumerateObject())
        {
            int id = ClassId("@" + cls.Name);
            bool capitalized = cls.Value.TryGetProperty("capitalized", out var cap) && cap.GetBoolean();
            var anyCase = cls.Value.TryGetProperty("any_case", out var list)
                ? list.EnumerateArray().Select(w => w.GetString()!).ToHashSet(StringComparer.Ordinal) : [];
            foreach (var word in cls.Value.GetProperty("words").EnumerateObject())
            {
                var entry = EntryFor(word.Name);
                if (capitalized && !anyCase.Contains(word.Name)) entry.WhenCapitalized |= Bit(id); else entry.Always |= Bit(id);
                entry.Values[id] = word.Value.GetString() ?? "";
            }
        }
    }

    public static Lexicon LoadDefault() =>
        new(EmbeddedResources.ReadText(typeof(Lexicon).Assembly, "lexicon.json"));

    public static UInt128 Bit(int id) => UInt128.One << id;

    /// <summary>The bit of a class (@name) or built-in (#name), created on first use.</summary>
    public int ClassId(string name)
    {
        if (_classIds.TryGetValue(name, out int id)) return id;
        id = _classIds.Count;
        if (id >= 127) throw new InvalidOperationException($"Too many word classes for the time rules (at '{name}').");
        _classIds[name] = id;
        return id;
    }

    /// <summary>One bit shared by every word that a pattern names literally; the word itself is then compared.</summary>
    public static readonly UInt128 LiteralBit = UInt128.One << 127;

    /// <summary>Registers a word used literally in a pattern and returns the instance tokens will carry.</summary>
    public string Literal(string word)
    {
        var entry = EntryFor(word);
        entry.Always |= LiteralBit;
        return entry.Word;
    }

    public bool IsClass(string name) => _classIds.ContainsKey(name);

    /// <summary>The lexicon value of a word in a class (@month "sept" → "9"), or null.</summary>
    public string? Value(string className, string? word) =>
        word is not null && _words.TryGetValue(word, out var e) && _classIds.TryGetValue(className, out int id)
        && e.Values.TryGetValue(id, out var v) ? v : null;

    /// <summary>The bit of a class or built-in, or zero when the lexicon has no such class.</summary>
    public UInt128 ClassBit(string className) => _classIds.TryGetValue(className, out int id) ? Bit(id) : UInt128.Zero;

    /// <summary>Whether a token is in a class (@month), built-in (#num) or is the literal word given.</summary>
    public bool Has(in TimeToken token, string className)
    {
        if (className[0] is '@' or '#') return _classIds.TryGetValue(className, out int id) && (token.Classes & Bit(id)) != 0;
        return token.Lower == className;
    }

    private Entry EntryFor(string word)
    {
        if (!_words.TryGetValue(word, out var entry)) _words[word] = entry = new Entry(word);
        return entry;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Classify(ref TimeToken token, string text)
    {
        int length = token.End - token.Start;
        if (token.Kind == TokenKind.Punctuation)
        {
            if (token.Lower is not null && _words.TryGetValue(token.Lower, out var p))
            {
                token.Lower = p.Word;
                token.Classes = p.Always;
            }
            return;
        }
        if (token.Kind is TokenKind.Word && length <= 32)
        {
            Span<char> lower = stackalloc char[length];
            var source = text.AsSpan(token.Start, length);
            for (int k = 0; k < length; k++) lower[k] = source[k] == '’' ? '\'' : char.ToLowerInvariant(source[k]);
            if (_lookup.TryGetValue(lower, out var entry))
            {
                token.Lower = entry.Word;
                token.Classes = entry.Always | (token.Capitalized ? entry.WhenCapitalized : UInt128.Zero);
                NumberWord(ref token, entry);
            }
            if (token.Capitalized) token.Classes |= Bit(CapId);
            return;
        }
        ClassifyNumber(ref token);
    }

    private const int NumId = 0, IntId = 1, YearId = 2, DayId = 3, OrdinalId = 4, ClockId = 5, FractionId = 6, DecadeId = 7, CapId = 8;

    private int? _numberWordId, _ordinalWordId;

    private void NumberWord(ref TimeToken token, Entry entry)
    {
        _numberWordId ??= _classIds.GetValueOrDefault("@number_word", -1);
        _ordinalWordId ??= _classIds.GetValueOrDefault("@ordinal", -1);
        if (entry.Values.TryGetValue(_numberWordId.Value, out var n) && int.TryParse(n, out int number))
        {
            token.Number = number;
            token.Classes |= Bit(NumId);
        }
        else if (entry.Values.TryGetValue(_ordinalWordId.Value, out var o) && int.TryParse(o, out int ordinal))
        {
            token.Number = ordinal;
            token.Classes |= Bit(OrdinalId);
            if (ordinal <= 31) token.Classes |= Bit(DayId);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ClassifyNumber(ref TimeToken token)
    {
        switch (token.Kind)
        {
            case TokenKind.Number:
                token.Classes |= Bit(NumId) | Bit(IntId);
                if (token.Digits == 4 && token.Number is >= 1000 and <= 2199) token.Classes |= Bit(YearId);
                if (token.Digits <= 2 && token.Number is >= 1 and <= 31) token.Classes |= Bit(DayId);
                break;
            case TokenKind.ShortYear: token.Classes |= Bit(YearId); break;
            case TokenKind.Ordinal:
                token.Classes |= Bit(OrdinalId);
                if (token.Number is >= 1 and <= 31) token.Classes |= Bit(DayId);
                break;
            case TokenKind.Clock: token.Classes |= Bit(ClockId); break;
            case TokenKind.Fraction: token.Classes |= Bit(FractionId); break;
            case TokenKind.Decade: token.Classes |= Bit(DecadeId); break;
        }
    }

    /// <summary>Joins "twenty four" and "twenty-four" into one number token (24), "twenty-fourth" into one ordinal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MergeNumberWords(List<TimeToken> tokens)
    {
        int tensId = _classIds.GetValueOrDefault("@tens_word", -1);
        if (tensId < 0) return;
        var tens = Bit(tensId);
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if ((tokens[i].Classes & tens) == 0) continue;
            int next = i + 1;
            if (tokens[next].Lower == "-" && next + 1 < tokens.Count && tokens[next + 1].Start == tokens[next].End) next++;
            var unit = tokens[next];
            bool ordinal = (unit.Classes & Bit(OrdinalId)) != 0;
            if (unit.Kind != TokenKind.Word || (unit.Classes & (Bit(NumId) | Bit(OrdinalId))) == 0 || unit.Number is < 1 or > 9 || unit.Lower is "a" or "an") continue;
            var merged = tokens[i];
            merged.End = unit.End;
            merged.Number += unit.Number;
            merged.Lower = null!;
            // "twenty-four" is a number, "twenty-fourth" an ordinal (and a day of the month up to the 31st)
            merged.Classes = ordinal ? Bit(OrdinalId) | (merged.Number <= 31 ? Bit(DayId) : UInt128.Zero) : Bit(NumId);
            tokens[i] = merged;
            tokens.RemoveRange(i + 1, next - i);
        }
        MergeSpokenYears(tokens);
    }

    /// <summary>
    /// Years read out in broadcast transcripts: "nineteen ninety-six" (1996), "two thousand" (2000),
    /// "two thousand and three" (2003) become one year token.
    /// </summary>
    private void MergeSpokenYears(List<TimeToken> tokens)
    {
        var number = Bit(NumId);
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            var first = tokens[i];
            if ((first.Classes & number) == 0 || first.Kind != TokenKind.Word || tokens[i + 1].BreakBefore) continue;
            var second = tokens[i + 1];
            int year, last = i + 1;
            if (first.Number is >= 11 and <= 20 && (second.Classes & number) != 0 && second.Kind == TokenKind.Word && second.Number is >= 10 and <= 99)
                year = first.Number * 100 + second.Number;
            else if (first.Number is 1 or 2 && second.Lower == "thousand")
            {
                year = first.Number * 1000;
                int k = i + 2;
                if (k < tokens.Count && tokens[k].Lower == "and") k++;
                if (k < tokens.Count && (tokens[k].Classes & number) != 0 && tokens[k].Kind == TokenKind.Word && tokens[k].Number is >= 1 and <= 99)
                { year += tokens[k].Number; last = k; }
            }
            else continue;
            var merged = first;
            merged.End = tokens[last].End;
            merged.Number = year;
            merged.Digits = 4;
            merged.Lower = null;
            merged.Kind = TokenKind.Number;
            merged.Classes = Bit(YearId);
            tokens[i] = merged;
            tokens.RemoveRange(i + 1, last - i);
        }
    }
}
