namespace Chronicle.Entities.Recognition;

/// <summary>The tagger's BIO labels over four CoNLL classes; MISC is learned so that it is not confused with the others, then dropped.</summary>
public static class Labels
{
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];
    public const int Outside = 0;
    public static int Count => Names.Length;

    public static bool IsBegin(int label) => label != Outside && label % 2 == 1;
    public static bool IsInside(int label) => label != Outside && label % 2 == 0;

    /// <summary>0 PER, 1 ORG, 2 LOC, 3 MISC; -1 for O.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 2;

    public static int Begin(int type) => 1 + 2 * type;
    public static int Inside(int type) => 2 + 2 * type;

    /// <summary>I-X may only continue an X.</summary>
    public static bool Allowed(int previous, int label) => !IsInside(label) || TypeOf(previous) == TypeOf(label);
}
