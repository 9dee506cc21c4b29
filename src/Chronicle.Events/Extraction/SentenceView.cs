using Chronicle.Domain.Time;
using Chronicle.Events.Names;
using Chronicle.Events.Text;

namespace Chronicle.Events.Extraction;

/// <summary>One sentence as the extractor sees it: tokens [From, To) of its analysis sentence, entity mentions and times.</summary>
internal sealed class SentenceView(string pageText, int sentenceIndex, List<Tok> tokens, int from, int to)
{
    public string PageText { get; } = pageText;
    public int SentenceIndex { get; } = sentenceIndex;
    public List<Tok> Tokens { get; } = tokens;
    public int From { get; } = from;
    public int To { get; } = to;
    public List<Mention> Mentions { get; } = [];
    public List<(int Token, TimeMention Time)> Times { get; } = [];

    public int StartOffset => Tokens[From].Start;
    public int EndOffset => Tokens[To - 1].End;

    public Mention? MentionAt(int token)
    {
        foreach (var m in Mentions)
            if (token >= m.From && token < m.To) return m;
        return null;
    }

    public int TokenAt(int offset)
    {
        for (int i = From; i < To; i++)
            if (Tokens[i].End > offset) return i;
        return To - 1;
    }

    public string Text(int from, int to) =>
        from >= to ? "" : PageText[Tokens[from].Start..Tokens[to - 1].End];
}
