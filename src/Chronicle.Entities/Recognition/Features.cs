using System.Runtime.CompilerServices;
namespace Chronicle.Entities.Recognition;

/// <summary>Where a neighbouring token stands relative to the token being tagged.</summary>
public enum Neighbour { Previous, SecondPrevious, Next, SecondNext }

/// <summary>
/// The tagger's features for one token: the word and its neighbours, shapes, affixes, the previous labels,
/// list matches, sentence position and document-wide evidence. Each is a hashed (template, value) pair.
/// They come in three parts so that a frozen model can score the parts that depend on one word alone once
/// per distinct word (<see cref="TokenScorer"/>): the word's own features, what a word contributes as a
/// neighbour, and the labels before it, and the features of the token in its context.
/// </summary>
public static class Features
{
    private enum T
    {
        Bias = 1, Lower, Form, PrevLower, NextLower, Prev2Lower, Next2Lower, PrevWord, WordNext,
        Shape, PrevShape, NextShape, PrevShapeShape, ShapeNextShape, Prev2Shape, Next2Shape, ShortShape,
        Prefix, Suffix, PrevLabel, PrevLabels, PrevLabelWord, PrevLabelShape, Initial, Shouting, List, PrevList, NextList,
        DocCapitalized, DocHistory, Length, PrevLowerShape, NextLowerShape, ShoutingDoc, ListShape,
    }

    private const string SentenceStart = "<s>", SentenceEnd = "</s>";
    private static readonly string[] LabelNames = Labels.Names;
    private static readonly string[] TypeNames = ["PER", "ORG", "LOC", "MISC"];
    /// <summary>Capitalized inside sentences elsewhere (C/c), written in lower case elsewhere (L/l).</summary>
    private static readonly string[] Evidence = ["cl", "cL", "Cl", "CL"];

    /// <summary>All features of token <paramref name="i"/>, given the labels of the two tokens before it (-1 before the sentence).</summary>
    public static void Extract(TokenView[] s, int i, int prev, int prev2, bool shouting, DocumentEvidence doc, List<ulong> f)
    {
        f.Clear();
        Word(s[i], f);
        OfNeighbour(Neighbour.Previous, i > 0 ? s[i - 1] : null, f);
        OfNeighbour(Neighbour.SecondPrevious, i > 1 ? s[i - 2] : null, f);
        OfNeighbour(Neighbour.Next, i + 1 < s.Length ? s[i + 1] : null, f);
        OfNeighbour(Neighbour.SecondNext, i + 2 < s.Length ? s[i + 2] : null, f);
        OfLabels(prev, prev2, f);
        AfterLabel(prev, s[i], f);
        InContext(s, i, shouting, doc, f);
    }

    /// <summary>The features of the word itself, whatever surrounds it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Word(TokenView w, List<ulong> f)
    {
        f.Add(FeatureHash.Of((int)T.Bias));
        f.Add(FeatureHash.Of((int)T.Lower, w.Lower));
        f.Add(FeatureHash.Of((int)T.Form, w.Form));
        f.Add(FeatureHash.Of((int)T.Shape, w.Shape));
        f.Add(FeatureHash.Of((int)T.ShortShape, w.ShortShape));
        for (int k = 1; k <= 4 && k <= w.Lower.Length; k++)
        {
            f.Add(FeatureHash.Of((int)T.Prefix, w.Lower.AsSpan(0, k)));
            f.Add(FeatureHash.Of((int)T.Suffix, w.Lower.AsSpan(w.Lower.Length - k)));
        }
        f.Add(FeatureHash.Of((int)T.Length, Bucket(w.Form.Length)));
        AddLists(f, T.List, w);
        if (w.Lists is { } lists) foreach (var l in lists) f.Add(FeatureHash.Of((int)T.ListShape, l, w.ShortShape));
    }

    /// <summary>What word <paramref name="t"/> contributes to the features of a token it stands beside; null past the sentence's ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void OfNeighbour(Neighbour position, TokenView? t, List<ulong> f)
    {
        switch (position)
        {
            case Neighbour.Previous:
                f.Add(FeatureHash.Of((int)T.PrevLower, t?.Lower ?? SentenceStart));
                f.Add(FeatureHash.Of((int)T.PrevShape, t?.Shape ?? SentenceStart));
                AddLists(f, T.PrevList, t);
                break;
            case Neighbour.SecondPrevious:
                f.Add(FeatureHash.Of((int)T.Prev2Lower, t?.Lower ?? SentenceStart));
                f.Add(FeatureHash.Of((int)T.Prev2Shape, t?.ShortShape ?? SentenceStart));
                break;
            case Neighbour.Next:
                f.Add(FeatureHash.Of((int)T.NextLower, t?.Lower ?? SentenceEnd));
                f.Add(FeatureHash.Of((int)T.NextShape, t?.Shape ?? SentenceEnd));
                AddLists(f, T.NextList, t);
                break;
            case Neighbour.SecondNext:
                f.Add(FeatureHash.Of((int)T.Next2Lower, t?.Lower ?? SentenceEnd));
                f.Add(FeatureHash.Of((int)T.Next2Shape, t?.ShortShape ?? SentenceEnd));
                break;
        }
    }

    /// <summary>The features of the labels given to the two tokens before (-1 before the sentence), whatever the word.</summary>
    public static void OfLabels(int prev, int prev2, List<ulong> f)
    {
        f.Add(FeatureHash.Of((int)T.PrevLabel, LabelName(prev)));
        f.Add(FeatureHash.Of((int)T.PrevLabels, LabelName(prev2), LabelName(prev)));
    }

    /// <summary>The word after the label given to the token before it (-1 before the sentence).</summary>
    public static void AfterLabel(int prev, TokenView w, List<ulong> f)
    {
        f.Add(FeatureHash.Of((int)T.PrevLabelWord, LabelName(prev), w.Lower));
        f.Add(FeatureHash.Of((int)T.PrevLabelShape, LabelName(prev), w.ShortShape));
    }

    /// <summary>The features that join the word to its neighbours and to the rest of the document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void InContext(TokenView[] s, int i, bool shouting, DocumentEvidence doc, List<ulong> f)
    {
        var w = s[i];
        string pl = i > 0 ? s[i - 1].Lower : SentenceStart, nl = i + 1 < s.Length ? s[i + 1].Lower : SentenceEnd;
        string ps = i > 0 ? s[i - 1].Shape : SentenceStart, ns = i + 1 < s.Length ? s[i + 1].Shape : SentenceEnd;

        f.Add(FeatureHash.Of((int)T.PrevWord, pl, w.Lower));
        f.Add(FeatureHash.Of((int)T.WordNext, w.Lower, nl));
        f.Add(FeatureHash.Of((int)T.PrevShapeShape, ps, w.Shape));
        f.Add(FeatureHash.Of((int)T.ShapeNextShape, w.Shape, ns));
        f.Add(FeatureHash.Of((int)T.PrevLowerShape, pl, w.ShortShape));
        f.Add(FeatureHash.Of((int)T.NextLowerShape, w.ShortShape, nl));
        if (i == 0 || (i == 1 && s[0].Form is "\"" or "'" or "(")) f.Add(FeatureHash.Of((int)T.Initial, w.ShortShape));
        if (shouting) f.Add(FeatureHash.Of((int)T.Shouting, w.ShortShape));

        if (w.Form.Length > 0 && char.IsLetter(w.Form[0]) && char.IsUpper(w.Form[0]))
        {
            string evidence = Evidence[(doc.CapitalizedInside(w.Lower) ? 2 : 0) + (doc.Lowercase(w.Lower) ? 1 : 0)];
            f.Add(FeatureHash.Of((int)T.DocCapitalized, evidence, i == 0 ? "0" : "n"));
            if (shouting) f.Add(FeatureHash.Of((int)T.ShoutingDoc, evidence));
            int previousType = doc.PreviousType(w.Form);
            if (previousType != -1) f.Add(FeatureHash.Of((int)T.DocHistory, previousType == -2 ? "O" : TypeNames[previousType]));
        }
    }

    private static void AddLists(List<ulong> f, T template, TokenView? t)
    {
        if (t?.Lists is not { } lists) return;
        foreach (var l in lists) f.Add(FeatureHash.Of((int)template, l));
    }

    private static string LabelName(int label) => label < 0 ? SentenceStart : LabelNames[label];

    private static string Bucket(int length) => length switch { <= 2 => "s", <= 4 => "m", <= 8 => "l", _ => "xl" };
}
