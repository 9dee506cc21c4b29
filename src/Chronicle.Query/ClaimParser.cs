using System.Text.RegularExpressions;
using Chronicle.Events.Ontology;

namespace Chronicle.Query;

/// <summary>
/// Maps a short present-tense English claim to a state in the relation families: positions, charges,
/// convictions, sentences, custody, ownership, pending and blocked deals, lawsuits, death and marriage.
/// </summary>
public sealed partial class ClaimParser(Lexicon lexicon)
{
    public static ClaimParser Default { get; } = new(Lexicon.Default);

    private sealed record Form(Regex Pattern, string Relation);

    private static readonly Form[] Forms =
    [
        new(R(@"^(?<s>.+?) (?:is|are|remains?) (?:currently |still )?(?:facing|charged with|accused of|under indictment for|indicted (?:on|for))\b ?(?<o>.*)$"), "faces_charge"),
        new(R(@"^(?<s>.+?) (?:faces|face|is awaiting trial|awaits trial|is on trial|is standing trial|stands trial|has been charged with|has been indicted (?:on|for)|was charged with|was indicted (?:on|for)|has been accused of)\b ?(?:on |for )?(?<o>.*)$"), "faces_charge"),
        new(R(@"^(?<s>.+?) (?:has been|have been|was|is|were|are|stands) (?:convicted|found guilty)\b ?(?:of |on )?(?<o>.*)$"), "convicted"),
        new(R(@"^(?<s>.+?) (?:has pleaded|pleaded|pleads) guilty\b ?(?:to )?(?<o>.*)$"), "convicted"),
        new(R(@"^(?<s>.+?) (?:has been|have been|was|is|were) sentenced\b ?(?:to )?(?<o>.*)$"), "sentenced"),
        new(R(@"^(?<s>.+?) (?:is|remains) serving (?<o>.+)$"), "sentenced"),
        new(R(@"^(?<s>.+?) (?:is|are|remains?) (?:in custody|in jail|in prison|behind bars|detained|under arrest|jailed|imprisoned|incarcerated)\b.*$"), "in_custody"),
        new(R(@"^(?<s>.+?) (?:has been|was|have been) (?:arrested|detained|jailed|imprisoned|taken into custody|remanded in custody)\b.*$"), "in_custody"),
        new(R(@"^(?<s>.+?) (?:has been|have been|was|is) (?:named|appointed|picked|chosen|selected|tapped|nominated|hired)\b ?(?:as |to be |to become )?(?<o>.+)$"), "named_to_position"),
        new(R(@"^(?<s>.+?) (?:has agreed|agreed|agrees|is set|plans|is planning|has offered|offered) to (?:acquire|buy|purchase|take over|merge with) (?<o>.+)$"), "agreed_to_acquire"),
        new(R(@"^(?<s>.+?) (?:is buying|is acquiring|is purchasing|is taking over) (?<o>.+)$"), "agreed_to_acquire"),
        new(R(@"^(?<s>.+?) (?:owns|controls|has acquired|has bought|has purchased|has taken over|acquired|bought|took over|is the owner of|is the parent of|is the parent company of|has completed (?:its |the )?(?:acquisition|purchase|takeover) of|completed (?:its |the )?(?:acquisition|purchase|takeover) of) (?<o>.+)$"), "owns"),
        new(R(@"^(?<o>.+?) (?:is|has been) (?:owned|acquired|bought|controlled) by (?<s>.+)$"), "owns"),
        new(R(@"^(?<s>.+?) (?:is suing|has sued|sued|sues|is taking legal action against|has filed (?:a )?(?:lawsuit|suit) against|is in a lawsuit against)\b ?(?<o>.*)$"), "suing"),
        new(R(@"^(?<s>.+?) (?:has blocked|blocked|blocks|is blocking|has prohibited|has vetoed|vetoed) (?<o>.+)$"), "blocked"),
        new(R(@"^(?<s>.+?) (?:is dead|has died|died|was killed|has been killed|is deceased)\b.*$"), "dead"),
        new(R(@"^(?<s>.+?) (?:is|are) (?:married|wed) (?:to )?(?<o>.*)$"), "married"),
        new(R(@"^(?<s>.+?) (?:is bankrupt|has filed for bankruptcy|is in bankruptcy|went bankrupt)\b.*$"), "bankrupt"),
        new(R(@"^(?<s>.+?) (?:works|is working) (?:at|for) (?<o>.+)$"), "works_at"),
        new(R(@"^(?<s>.+?) (?:is employed by|is employed at|is on the staff of) (?<o>.+)$"), "works_at"),
        new(R(@"^(?<s>.+?) (?:leads|heads|runs|chairs|is in charge of|is at the helm of) (?<o>.+)$"), "leads"),
        new(R(@"^(?<s>.+?) (?:is|remains|serves as|is serving as|is still) (?<o>.+)$"), "holds_position"),
    ];

    private static Regex R(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public Claim? Parse(string text)
    {
        string claim = text.Trim().TrimEnd('.', '!', '?').Replace('’', '\'');
        foreach (var form in Forms)
        {
            var m = form.Pattern.Match(claim);
            if (!m.Success) continue;
            string subject = StripArticle(m.Groups["s"].Value);
            string obj = m.Groups["o"].Success ? m.Groups["o"].Value.Trim() : "";
            var subjectNames = Names(subject);
            switch (form.Relation)
            {
                case "holds_position" or "named_to_position":
                {
                    var position = ParsePosition(obj);
                    if (position is null) continue;
                    return new Claim(text, form.Relation, subjectNames[0], position.Value.Role, subjectNames, [], position.Value.Organizations.FirstOrDefault())
                        { OrganizationNames = position.Value.Organizations };
                }
                case "works_at":
                {
                    var orgs = Names(StripArticle(obj));
                    return new Claim(text, "holds_position", subjectNames[0], null, subjectNames, [], orgs[0]) { OrganizationNames = orgs };
                }
                case "leads":
                {
                    // "X leads Y": any position that has one holder at a time (chief executive, leader, president, chair).
                    var orgs = Names(StripArticle(obj));
                    return new Claim(text, "holds_position", subjectNames[0], null, subjectNames, [], orgs[0]) { OrganizationNames = orgs, SingletonOnly = true };
                }
                case "faces_charge" or "convicted":
                    return new Claim(text, form.Relation, subjectNames[0], ChargeText(obj), subjectNames, [], null);
                case "sentenced":
                    return new Claim(text, form.Relation, subjectNames[0], obj.Length == 0 ? null : obj.ToLowerInvariant(), subjectNames, [], null);
                case "in_custody" or "dead" or "bankrupt":
                    return new Claim(text, form.Relation, subjectNames[0], null, subjectNames, [], null);
                default:
                {
                    var objects = EntityNames(obj);
                    if (objects.Count == 0 && form.Relation is not "suing") continue;
                    // "Microsoft's acquisition of Activision Blizzard": the deal is named by its target, last.
                    if (form.Relation is "blocked" or "suing") objects.Reverse();
                    if (form.Relation is "blocked" && objects.Count > 1) objects.RemoveRange(1, objects.Count - 1);
                    return new Claim(text, form.Relation, subjectNames[0], objects.FirstOrDefault(), subjectNames, objects, null);
                }
            }
        }
        return null;
    }

    private string? ChargeText(string obj)
    {
        string o = Regex.Replace(obj.ToLowerInvariant(), @"^(?:an?|the|one|two|\d+) (?:counts? of |charges? of )?", "");
        o = Regex.Replace(o, @"\b(?:charges?|counts?)$", "").Trim();
        return o.Length == 0 ? null : o;
    }

    private (string Role, List<string> Organizations)? ParsePosition(string obj)
    {
        string lower = obj.ToLowerInvariant();
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            if (!lexicon.PositionIndex.TryGetValue(words[i].Trim(',', '\'', '"'), out var candidates)) continue;
            foreach (var (tokens, position) in candidates)
            {
                if (i + tokens.Length > words.Length) continue;
                bool ok = true;
                for (int k = 0; k < tokens.Length && ok; k++) ok = words[i + k].Trim(',', '\'', '"') == tokens[k];
                if (!ok) continue;
                var original = obj.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                string after = string.Join(' ', original.Skip(i + tokens.Length));
                string before = string.Join(' ', original.Take(i));
                string orgText = Regex.Match(after, @"^(?:of|at|for|in)\s+(.+)$", RegexOptions.IgnoreCase) is { Success: true } a
                    ? a.Groups[1].Value
                    : Regex.Replace(before, @"^(?:the|a|an)\s+", "", RegexOptions.IgnoreCase).Replace("'s", "").Trim();
                orgText = Regex.Replace(orgText, @"\b(?:next|new|current|former|interim|acting|incoming)\b", "", RegexOptions.IgnoreCase).Trim();
                var orgs = orgText.Length == 0 ? new List<string>() : Names(StripArticle(orgText));
                return (position.Canonical, orgs);
            }
        }
        return null;
    }

    private static string StripArticle(string s) => Regex.Replace(s.Trim(), @"^(?:the|a|an)\s+", "", RegexOptions.IgnoreCase).Trim();

    /// <summary>"X (formerly Twitter)" → [X, Twitter]; "Twitter" → [Twitter].</summary>
    private static List<string> Names(string s)
    {
        var names = new List<string>();
        var m = Regex.Match(s, @"^(?<a>.+?)\s*\((?:formerly|previously|now|also known as|aka|known as)?\s*(?:known as\s+)?(?<b>[^)]+)\)\s*$", RegexOptions.IgnoreCase);
        if (m.Success) { names.Add(m.Groups["a"].Value.Trim()); names.Add(StripArticle(m.Groups["b"].Value)); }
        else
        {
            var f = Regex.Match(s, @"^(?<a>.+?),?\s+(?:formerly|previously)\s+(?:known as\s+)?(?<b>.+)$", RegexOptions.IgnoreCase);
            if (f.Success) { names.Add(f.Groups["a"].Value.Trim()); names.Add(StripArticle(f.Groups["b"].Value)); }
            else names.Add(s.Trim());
        }
        return names;
    }

    /// <summary>Capitalized name runs in a phrase, each with its alternatives: "Microsoft's acquisition of Activision Blizzard" → Microsoft, Activision Blizzard.</summary>
    private static List<string> EntityNames(string phrase)
    {
        var names = new List<string>();
        foreach (var part in Regex.Split(phrase, @"\s*\((?:formerly|previously)?\s*"))
        {
            foreach (Match run in Regex.Matches(part, @"(?:[A-Z][\w&.\-']*)(?:\s+(?:(?:of|and|&|for)\s+)?[A-Z][\w&.\-']*)*"))
            {
                string n = run.Value.Replace("'s", "").Trim().TrimEnd(')', '.');
                if (n.Length > 0 && !names.Contains(n)) names.Add(n);
            }
        }
        if (names.Count == 0 && phrase.Trim().Length > 0) names.Add(StripArticle(phrase));
        return names;
    }
}
