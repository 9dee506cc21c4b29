using System.Text;
using Chronicle.Text;

/// <summary>
/// Scores sentence boundaries against CoNLL-2003 (Reuters), whose sentences are given as token lines.
/// Each article is rebuilt as text (tokens detokenized, sentences that end like a sentence joined by a
/// space, others such as headlines and datelines put on their own line) and split again; only boundaries
/// inside running text count, since line ends are boundaries by construction. The rebuilt text also glues
/// together what Reuters had on separate lines (numbered result lists "1. Name", sign-offs "-- Name,
/// Newsroom"), so a second score leaves out boundaries next to those: before "--" or "(", and after a
/// bare list number.
/// </summary>
static class SentenceScore
{
    public static void Run(string conllFile)
    {
        int gold = 0, predicted = 0, correct = 0, documents = 0;
        int goldProse = 0, predictedProse = 0, correctProse = 0;
        var misses = new List<string>();
        var falseSplits = new List<string>();
        foreach (var sentences in Documents(conllFile))
        {
            documents++;
            var text = new StringBuilder();
            var goldEnds = new HashSet<int>();
            for (int i = 0; i < sentences.Count; i++)
            {
                string sentence = sentences[i];
                if (i > 0)
                {
                    bool runningText = EndsLikeSentence(sentences[i - 1]);
                    if (runningText) goldEnds.Add(text.Length);
                    text.Append(runningText ? ' ' : '\n');
                }
                text.Append(sentence);
            }
            string page = text.ToString();
            var predictedEnds = SentenceSplitter.Split(page).Select(s => s.End).Where(e => e < page.Length && page[e] == ' ').ToHashSet();
            gold += goldEnds.Count;
            predicted += predictedEnds.Count;
            correct += goldEnds.Count(predictedEnds.Contains);
            var goldInProse = goldEnds.Where(e => BetweenProse(page, e)).ToHashSet();
            var predictedInProse = predictedEnds.Where(e => BetweenProse(page, e)).ToHashSet();
            goldProse += goldInProse.Count;
            predictedProse += predictedInProse.Count;
            correctProse += goldInProse.Count(predictedInProse.Contains);
            foreach (var end in goldInProse.Where(e => !predictedInProse.Contains(e)).Take(3)) misses.Add(Around(page, end));
            foreach (var end in predictedInProse.Where(e => !goldInProse.Contains(e)).Take(3)) falseSplits.Add(Around(page, end));
        }
        Console.WriteLine($"{documents} articles");
        Print("all boundaries inside running text", correct, predicted, gold);
        Print("without list numbers and sign-offs", correctProse, predictedProse, goldProse);
        Console.WriteLine("missed boundaries (first 25):");
        foreach (var m in misses.Take(25)) Console.WriteLine("  " + m);
        Console.WriteLine("false splits (first 25):");
        foreach (var f in falseSplits.Take(25)) Console.WriteLine("  " + f);
    }

    private static void Print(string what, int correct, int predicted, int gold)
    {
        double p = correct / (double)predicted, r = correct / (double)gold;
        Console.WriteLine($"{what}: precision {p:P2} ({correct}/{predicted})  recall {r:P2} ({correct}/{gold})  F1 {2 * p * r / (p + r):P2}");
    }

    /// <summary>A boundary between two pieces of prose, not before a sign-off or bracket nor after a list number.</summary>
    private static bool BetweenProse(string page, int end)
    {
        int next = end + 1;
        if (next >= page.Length || page[next] is '-' or '(') return false;
        int tokenStart = page.LastIndexOfAny([' ', '\n'], end - 1) + 1;
        var lastToken = page.AsSpan(tokenStart, end - tokenStart).TrimEnd('.');
        bool listNumber = lastToken.Length > 0 && !lastToken.ContainsAnyExcept("0123456789");
        return !listNumber;
    }

    private static bool EndsLikeSentence(string sentence)
    {
        var trimmed = sentence.TrimEnd('"', '\'', ')');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?';
    }

    private static string Around(string page, int offset) =>
        page[Math.Max(0, offset - 50)..offset].Replace('\n', ' ') + " ‖ " + page[offset..Math.Min(page.Length, offset + 40)].Replace('\n', ' ');

    private static IEnumerable<List<string>> Documents(string file)
    {
        var sentences = new List<string>();
        var tokens = new List<string>();
        foreach (var line in File.ReadLines(file).Append(""))
        {
            if (line.StartsWith("-DOCSTART-"))
            {
                if (sentences.Count > 0) yield return sentences;
                sentences = [];
                continue;
            }
            if (line.Length == 0)
            {
                if (tokens.Count > 0) sentences.Add(Detokenize(tokens));
                tokens = [];
                continue;
            }
            tokens.Add(line[..line.IndexOf(' ')]);
        }
        if (sentences.Count > 0) yield return sentences;
    }

    /// <summary>Puts back the spaces that Penn-style tokenization took apart.</summary>
    private static string Detokenize(List<string> tokens)
    {
        var text = new StringBuilder();
        bool quoteOpen = false, glueNext = true;
        foreach (var token in tokens)
        {
            bool glue = glueNext || token is "." or "," or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "'s" or "'S" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m";
            if (token == "\"") { glue = glueNext || quoteOpen; quoteOpen = !quoteOpen; glueNext = quoteOpen; }
            else glueNext = token is "(" or "[" or "$";
            if (!glue) text.Append(' ');
            text.Append(token);
        }
        return text.ToString();
    }
}
