using System.Text.RegularExpressions;

namespace Chronicle.Events.Ontology;

/// <summary>What a claim form's object is and how <c>ClaimParser</c> reads it.</summary>
public enum ClaimObject
{
    /// <summary>No object ("is in custody", "has died").</summary>
    None,
    /// <summary>A position, with the organization after "of/at/for/in" or before the title ("the chief executive of Y", "Y's CEO").</summary>
    Position,
    /// <summary>An organization the subject works at or leads; the claim is a position with no title.</summary>
    Organization,
    /// <summary>A charge, without its article, count and "charge(s)" ("two counts of bribery" → bribery).</summary>
    Charge,
    /// <summary>The object's words as written, lower case ("four years in prison").</summary>
    Text,
    /// <summary>The capitalized names in the object ("Y's purchase of Z" → Y, Z).</summary>
    Names,
}

/// <summary>
/// One way a claim names a relation, from ontology.json's <c>claim_forms</c>: the phrases between subject and object,
/// what the object is, and the examples the test suite parses.
/// </summary>
/// <param name="ObjectRequired">A claim with nothing after the phrase is not of this form.</param>
/// <param name="ObjectFirst">The object comes before the phrase ("Z is owned by Y").</param>
/// <param name="TargetLast">A deal is named by its target, last ("blocked Y's purchase of Z" is about Z): names are read from the end.</param>
/// <param name="OneObject">Only the first name read counts.</param>
/// <param name="SingletonOnly">Only a position with one holder at a time satisfies the claim ("runs", "heads").</param>
public sealed record ClaimFormDefinition(
    string Relation, Regex Pattern, ClaimObject Object, bool ObjectRequired, bool ObjectFirst, bool TargetLast, bool OneObject, bool SingletonOnly,
    IReadOnlyList<ClaimFormExample> Examples);

/// <summary>A claim and what it parses to: the relation's subject, object (a canonical position for positions) and organization.</summary>
public sealed record ClaimFormExample(string Claim, string Subject, string? Object, string? Organization = null);

/// <summary>
/// Turns a form's phrases into its pattern. A phrase is tokens separated by spaces; a token is alternatives separated
/// by '|', each of which may be several words joined by '_' ("charged_with|accused_of"); a token ending in '?' is
/// optional. Phrases of one form are alternatives, tried in order.
/// </summary>
internal static class ClaimFormPattern
{
    public static Regex Build(IReadOnlyList<string> phrases, ClaimObject obj, bool objectRequired, IReadOnlyList<string> objectPrefixes, bool objectFirst)
    {
        string phrase = "(?:" + string.Join('|', phrases.Select(Phrase)) + ")";
        string prefix = objectPrefixes.Count == 0 ? "" : "(?:(?:" + string.Join('|', objectPrefixes.Select(Words)) + ") )?";
        string body = objectFirst ? $"^(?<o>.+?) {phrase} (?<s>.+)$"
            : obj == ClaimObject.None ? $@"^(?<s>.+?) {phrase}\b.*$"
            : objectRequired && prefix.Length == 0 ? $"^(?<s>.+?) {phrase} (?<o>.+)$"
            : $@"^(?<s>.+?) {phrase}\b ?{prefix}(?<o>.{(objectRequired ? '+' : '*')})$";
        return new Regex(body, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static string Phrase(string phrase)
    {
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pattern = new System.Text.StringBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            bool optional = parts[i].EndsWith('?');
            string alternatives = "(?:" + string.Join('|', parts[i].TrimEnd('?').Split('|').Select(a => Words(a.Replace('_', ' ')))) + ")";
            bool last = i == parts.Length - 1;
            // An optional token takes its following space with it, so that leaving it out leaves one space.
            pattern.Append(optional ? $"(?:{alternatives} )?" : last ? alternatives : alternatives + " ");
        }
        return pattern.ToString();
    }

    private static string Words(string words) => Regex.Escape(words).Replace("\\ ", " ");
}
