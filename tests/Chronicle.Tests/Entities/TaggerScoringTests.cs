using Chronicle.Domain.Documents;
using Chronicle.Entities.Recognition;
using Chronicle.Pipeline;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Entities;

public class TaggerScoringTests
{
    private static readonly TaggerModel Model =
        TaggerModel.Load(typeof(NameTagger).Assembly.GetManifestResourceStream(NameTagger.ModelResource)!);

    private static List<TokenView[]> Views(string text)
    {
        var analysis = new DocumentAnalyzer(AnalysisOptions.TextOnly).Analyze(new Document("t", new DateOnly(2023, 4, 20), text));
        return analysis.Sentences.Select(s => TokenView.Of(NameTokenizer.Tokenize(text, s.Start, s.End), Gazetteer.Default)).ToList();
    }

    [Fact]
    public void The_run_time_scorer_labels_every_token_as_scoring_every_feature_does()
    {
        var text = File.ReadAllText(Fixtures.SeedPath) + "\n\nNEW YORK (Reuters) - Apple Inc. said on Monday that Tim Cook met officials of the European Union in Brussels.\n" +
            "Officials in New Mexico and Santa Fe County said the film's armorer would stand trial.";
        var views = Views(text);
        var scorer = new TokenScorer(Model);

        var reference = SequenceTagger.Tag(views, Model);
        var fresh = SequenceTagger.Tag(views, scorer);
        var cached = SequenceTagger.Tag(views, scorer);

        Assert.Contains(reference, s => s.Any(label => label != Labels.Outside));
        Assert.Equal(reference, fresh);
        Assert.Equal(reference, cached);
    }

    [Fact]
    public void The_run_time_scorer_gives_every_token_the_scores_of_all_its_features()
    {
        // "York" and "Mexico" stand both inside listed names and alone, so a word's cached scores must depend on its list matches.
        var views = Views("Officials in New York met York officials. New Mexico said Mexico agreed. Apple said Apple Inc. would pay.");
        var labels = SequenceTagger.Tag(views, Model);
        var doc = new DocumentEvidence(views);
        var extracting = new ExtractingScorer(Model);
        var scorer = new TokenScorer(Model);
        for (int si = 0; si < views.Count; si++)
        {
            extracting.StartSentence(views[si]);
            scorer.StartSentence(views[si]);
            for (int i = 0; i < views[si].Length; i++)
            {
                int prev = i > 0 ? labels[si][i - 1] : -1, prev2 = i > 1 ? labels[si][i - 2] : -1;
                var expected = new float[Labels.Count];
                var actual = new float[Labels.Count];
                extracting.Score(views[si], i, prev, prev2, false, doc, expected);
                scorer.Score(views[si], i, prev, prev2, false, doc, actual);
                for (int l = 0; l < expected.Length; l++) Assert.Equal(expected[l], actual[l], 3);
            }
        }
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_weights_and_unknown_features_score_nothing()
    {
        // Keys chosen to share table slots (same low bits after the multiply are likely among many small keys), and the empty-slot marker 0.
        var weights = Enumerable.Range(0, 300).ToDictionary(i => (ulong)i, i => Enumerable.Range(0, 3).Select(l => (float)(i * 3 + l) / 8).ToArray());
        var model = new TaggerModel(weights, labels: 3);
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;
        var loaded = TaggerModel.Load(file);

        foreach (var key in new ulong[] { 0, 1, 17, 299 })
        {
            var scores = new float[3];
            loaded.Score([key], scores);
            Assert.Equal(weights[key], scores);
        }
        var none = new float[3];
        loaded.Score([300, 12345678901234567UL], none);
        Assert.Equal(new float[3], none);
        Assert.Equal(300, loaded.FeatureCount);
    }

    [Fact]
    public void Lower_case_words_after_an_O_are_left_out_of_scoring_and_the_labels_stay_the_same()
    {
        var text = File.ReadAllText(Fixtures.SeedPath) + "\n\nSanta Fe County sheriff's deputies said the armorer, Hannah Gutierrez-Reed, loaded the gun.";
        var views = Views(text);
        var scorer = new TokenScorer(Model);
        int skipped = 0;

        var full = SequenceTagger.Tag(views, scorer);
        var fast = SequenceTagger.Tag(views, scorer, plainWordsOutside: true);

        Assert.Equal(full, fast);
        for (int si = 0; si < views.Count; si++)
            for (int i = 0; i < views[si].Length; i++)
                if ((i == 0 || full[si][i - 1] == Labels.Outside) && views[si][i].IsPlainWord) skipped++;
        Assert.True(skipped > views.Sum(s => s.Length) / 3, $"only {skipped} tokens would skip scoring");
    }

    [Fact]
    public void A_plain_word_is_in_lower_case_letters_or_has_no_letters_and_was_not_lowered_by_the_truecaser()
    {
        var views = Views("Baldwin said the co-star's gun fired 2 rounds in N.M. on Thursday at AT & T, police said.");
        var plain = views.SelectMany(s => s).Where(t => t.IsPlainWord).Select(t => t.Form).ToList();
        Assert.Equal(["said", "the", "co-star", "'s", "gun", "fired", "2", "rounds", "in", "on", "at", ",", "police", "said", "."], plain);

        var headline = new List<TokenView[]> { Views("Charges Against Alec Baldwin Set To Be Dropped In Rust Shooting")[0] };
        Truecaser.Apply(headline);
        var lowered = headline[0].Where(t => t.Form.Length > 0 && char.IsLower(t.Form[0])).ToList();
        Assert.NotEmpty(lowered);
        Assert.All(lowered, t => Assert.False(t.IsPlainWord));
    }
}
