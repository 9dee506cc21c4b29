using System.Runtime.CompilerServices;
namespace Chronicle.Entities.Recognition;

/// <summary>
/// The tagger's features for one token: the word and its neighbours, shapes, affixes, the previous labels,
/// list matches, sentence position and document-wide evidence. Each is a hashed (template, value) pair.
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

    private static readonly string[] LabelNames = Labels.Names;
    private static readonly string[] TypeNames = ["PER", "ORG", "LOC", "MISC"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Extract(TokenView[] s, int i, int prev, int prev2, bool shouting, DocumentEvidence doc, List<ulong> f)
    {
        f.Clear();
        var w = s[i];
        string pl = i > 0 ? s[i - 1].Lower : "<s>", nl = i + 1 < s.Length ? s[i + 1].Lower : "</s>";
        string pl2 = i > 1 ? s[i - 2].Lower : "<s>", nl2 = i + 2 < s.Length ? s[i + 2].Lower : "</s>";
        string ps = i > 0 ? s[i - 1].Shape : "<s>", ns = i + 1 < s.Length ? s[i + 1].Shape : "</s>";
        string ps2 = i > 1 ? s[i - 2].ShortShape : "<s>", ns2 = i + 2 < s.Length ? s[i + 2].ShortShape : "</s>";
        string prevLabel = prev < 0 ? "<s>" : LabelNames[prev], prev2Label = prev2 < 0 ? "<s>" : LabelNames[prev2];

        f.Add(FeatureHash.Of((int)T.Bias));
        f.Add(FeatureHash.Of((int)T.Lower, w.Lower));
        f.Add(FeatureHash.Of((int)T.Form, w.Form));
        f.Add(FeatureHash.Of((int)T.PrevLower, pl));
        f.Add(FeatureHash.Of((int)T.NextLower, nl));
        f.Add(FeatureHash.Of((int)T.Prev2Lower, pl2));
        f.Add(FeatureHash.Of((int)T.Next2Lower, nl2));
        f.Add(FeatureHash.Of((int)T.PrevWord, pl, w.Lower));
        f.Add(FeatureHash.Of((int)T.WordNext, w.Lower, nl));
        f.Add(FeatureHash.Of((int)T.Shape, w.Shape));
        f.Add(FeatureHash.Of((int)T.ShortShape, w.ShortShape));
        f.Add(FeatureHash.Of((int)T.PrevShape, ps));
        f.Add(FeatureHash.Of((int)T.NextShape, ns));
        f.Add(FeatureHash.Of((int)T.PrevShapeShape, ps, w.Shape));
        f.Add(FeatureHash.Of((int)T.ShapeNextShape, w.Shape, ns));
        f.Add(FeatureHash.Of((int)T.Prev2Shape, ps2));
        f.Add(FeatureHash.Of((int)T.Next2Shape, ns2));
        f.Add(FeatureHash.Of((int)T.PrevLowerShape, pl, w.ShortShape));
        f.Add(FeatureHash.Of((int)T.NextLowerShape, w.ShortShape, nl));
        for (int k = 1; k <= 4 && k <= w.Lower.Length; k++)
        {
            f.Add(FeatureHash.Of((int)T.Prefix, w.Lower.AsSpan(0, k)));
            f.Add(FeatureHash.Of((int)T.Suffix, w.Lower.AsSpan(w.Lower.Length - k)));
        }
        f.Add(FeatureHash.Of((int)T.Length, Bucket(w.Form.Length)));
        f.Add(FeatureHash.Of((int)T.PrevLabel, prevLabel));
        f.Add(FeatureHash.Of((int)T.PrevLabels, prev2Label, prevLabel));
        f.Add(FeatureHash.Of((int)T.PrevLabelWord, prevLabel, w.Lower));
        f.Add(FeatureHash.Of((int)T.PrevLabelShape, prevLabel, w.ShortShape));
        if (i == 0 || (i == 1 && s[0].Form is "\"" or "'" or "(")) f.Add(FeatureHash.Of((int)T.Initial, w.ShortShape));
        if (shouting) f.Add(FeatureHash.Of((int)T.Shouting, w.ShortShape));
        AddLists(f, T.List, w);
        AddLists(f, T.PrevList, i > 0 ? s[i - 1] : null);
        AddLists(f, T.NextList, i + 1 < s.Length ? s[i + 1] : null);
        if (w.Lists is { } lists) foreach (var l in lists) f.Add(FeatureHash.Of((int)T.ListShape, l, w.ShortShape));

        if (w.Form.Length > 0 && char.IsLetter(w.Form[0]) && char.IsUpper(w.Form[0]))
        {
            string evidence = (doc.CapitalizedInside(w.Lower) ? "C" : "c") + (doc.Lowercase(w.Lower) ? "L" : "l");
            f.Add(FeatureHash.Of((int)T.DocCapitalized, evidence, i == 0 ? "0" : "n"));
            if (shouting) f.Add(FeatureHash.Of((int)T.ShoutingDoc, evidence));
            int previousType = doc.PreviousType(w.Form);
            if (previousType != -1) f.Add(FeatureHash.Of((int)T.DocHistory, previousType == -2 ? "O" : TypeNames[previousType]));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddLists(List<ulong> f, T template, TokenView? t)
    {
        if (t?.Lists is not { } lists) return;
        foreach (var l in lists) f.Add(FeatureHash.Of((int)template, l));
    }

    private static string Bucket(int length) => length switch { <= 2 => "s", <= 4 => "m", <= 8 => "l", _ => "xl" };
}
