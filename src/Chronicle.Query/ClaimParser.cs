using System.Text.RegularExpressions;
using Chronicle.Events.Ontology;

namespace Chronicle.Query;

/// <summary>
/// Maps a short present-tense English claim to a state in the relation families: positions, charges,
/// convictions, sentences, custody, ownership, pending and blocked deals, lawsuits, death and marriage. How claims
/// name each relation is data: the ontology's claim forms (<see cref="EventOntology.ClaimForms"/>), tried in order.
/// </summary>
public sealed class ClaimParser(Lexicon lexicon, IReadOnlyList<ClaimFormDefinition> forms)
{
    public static ClaimParser Default { get; } = new(Lexicon.Default, EventOntology.Default.ClaimForms);

    public Claim? Parse(string text)
    {
        string claim = text.Trim().TrimEnd('.', '!', '?').Replace('’', '\'');
        foreach (var form in forms)
        {
            var m = form.Pattern.Match(claim);
            if (!m.Success) continue;
            string subject = StripArticle(m.Groups["s"].Value);
            string obj = m.Groups["o"].Success ? m.Groups["o"].Value.Trim() : "";
            var subjectNames = Names(subject);
            switch (form.Object)
            {
                case ClaimObject.Position:
                {
                    var position = ParsePosition(obj);
                    if (position is null) continue;
                    return new Claim(text, form.Relation, subjectNames[0], position.Value.Role, subjectNames, [], position.Value.Organizations.FirstOrDefault())
                        { OrganizationNames = position.Value.Organizations };
                }
                case ClaimObject.Organization:
                {
                    // "X leads Y" (singleton only): any position that has one holder at a time (chief executive, leader, president, chair).
                    var orgs = Names(StripArticle(obj));
                    return new Claim(text, form.Relation, subjectNames[0], null, subjectNames, [], orgs[0]) { OrganizationNames = orgs, SingletonOnly = form.SingletonOnly };
                }
                case ClaimObject.Charge:
                    return new Claim(text, form.Relation, subjectNames[0], ChargeText(obj), subjectNames, [], null);
                case ClaimObject.Text:
                    return new Claim(text, form.Relation, subjectNames[0], obj.Length == 0 ? null : obj.ToLowerInvariant(), subjectNames, [], null);
                case ClaimObject.None:
                    return new Claim(text, form.Relation, subjectNames[0], null, subjectNames, [], null);
                default:
                {
                    var objects = EntityNames(obj);
                    // A form whose object may be left out ("X is suing") reads without one; else a claim with no name there is another form's.
                    if (objects.Count == 0 && form.ObjectRequired) continue;
                    // "Microsoft's acquisition of Activision Blizzard": the deal is named by its target, last.
                    if (form.TargetLast) objects.Reverse();
                    if (form.OneObject && objects.Count > 1) objects.RemoveRange(1, objects.Count - 1);
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
