using Chronicle.Entities.Recognition;

namespace Chronicle.Entities.Rules;

/// <summary>
/// The wording around one occurrence of a name that shows what the name is, whatever the tagger read: an
/// organization has shareholders, a legal form, shares and a chief executive, is bought and "said it"; a person
/// is "Mr." or "Ms." and "said he". <see cref="DocumentWideNames.RetypeByTypeCues"/> adds them up over the article.
/// </summary>
internal static class TypeCues
{
    /// <summary>Legal forms that end a company's full name ("Hooli Inc.", "Globex Corp."): the words before them are the company's short name.</summary>
    public static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
        { "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "LLC", "plc", "PLC", "AG", "GmbH", "SA", "NV" };

    /// <summary>
    /// What only an organization has, after its possessive ("Hooli's shareholders", "Hooli's chief executive"); not what a
    /// person has as well ("Ortberg's stake", "Ortberg's takeover of Hooli", "Ortberg's earnings").
    /// </summary>
    private static readonly HashSet<string> OwnedByOrganizations = new(StringComparer.Ordinal)
    {
        "board", "shareholders", "stockholders", "shares", "stock", "ceo", "chairman", "chairwoman", "subsidiary", "subsidiaries",
        "headquarters", "revenue", "revenues",
    };

    /// <summary>Two-word possessions of an organization: "Hooli's chief executive", "Hooli's market value".</summary>
    private static readonly HashSet<(string, string)> OwnedByOrganizationsTwoWords =
        [("chief", "executive"), ("chief", "financial"), ("chief", "operating"), ("market", "value"), ("share", "price"), ("annual", "report")];

    /// <summary>Stock exchanges named in a ticker right after a company's name: "Hooli (NASDAQ: HOOL)".</summary>
    private static readonly HashSet<string> Exchanges = new(StringComparer.OrdinalIgnoreCase)
        { "NYSE", "NASDAQ", "AMEX", "LSE", "TSX", "ASX", "HKEX", "SGX", "NSE", "BSE", "OTC", "Euronext", "Xetra" };

    /// <summary>Nouns of an appositive that makes the name before it a company: "Hooli, the search company".</summary>
    private static readonly HashSet<string> CompanyNouns = new(StringComparer.Ordinal)
    {
        "company", "firm", "group", "maker", "manufacturer", "retailer", "carrier", "airline", "bank", "lender", "insurer",
        "conglomerate", "giant", "startup", "start-up", "automaker", "carmaker", "chipmaker", "broadcaster", "corporation",
    };

    /// <summary>Nouns before "of" whose holder is an organization: "shares of Hooli", "a stake in Hooli", "the takeover of Hooli".</summary>
    private static readonly HashSet<string> OrganizationHolderNouns = new(StringComparer.Ordinal)
        { "shares", "shareholders", "stockholders", "stock", "takeover", "acquisition", "buyout" };

    /// <summary>Verbs whose object may be a company bought, or a player signed: alone they are weak evidence.</summary>
    private static readonly HashSet<string> BuyingVerbs = new(StringComparer.Ordinal)
        { "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "buying", "bought" };

    /// <summary>Verbs of saying that, followed by "it", make their subject an organization; by "he" or "she", a person.</summary>
    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
        { "said", "says", "announced", "announces", "confirmed", "confirms", "reported", "reports", "added", "expects", "expected" };

    /// <summary>What only a person has, after its possessive ("Vale's wife").</summary>
    private static readonly HashSet<string> OwnedByPeople = new(StringComparer.Ordinal)
        { "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "widow", "parents", "children", "girlfriend", "boyfriend" };

    private static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
        { "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady" };

    /// <summary>
    /// The cues of the occurrence <paramref name="first"/>..<paramref name="last"/> of a name in a sentence: strong
    /// organization cues count two, weak ones ("said it", "bought X") one; person cues count one each.
    /// </summary>
    public static (int Organization, int Person) At(TokenView[] s, int first, int last)
    {
        int organization = 0, person = 0;
        string? next = Lower(s, last + 1), afterNext = Lower(s, last + 2);
        if (last + 1 < s.Length && LegalForms.Contains(s[last + 1].Form)) organization += 2;
        if (next is "'s" or "'")
        {
            if (afterNext is not null && OwnedByOrganizations.Contains(afterNext)) organization += 2;
            else if (afterNext is not null && Lower(s, last + 3) is { } third && OwnedByOrganizationsTwoWords.Contains((afterNext, third))) organization += 2;
            else if (afterNext is not null && OwnedByPeople.Contains(afterNext)) person++;
        }
        if (next == "(" && last + 2 < s.Length && Exchanges.Contains(s[last + 2].Form.TrimEnd(':'))) organization += 2;
        if (next == "," && afterNext is "the" or "a" or "an")
            for (int k = last + 3; k < s.Length && k <= last + 5; k++)
            {
                if (s[k].Form is "," or "." or ";") break;
                if (CompanyNouns.Contains(s[k].Lower)) { organization += 2; break; }
            }
        if (next is not null && SayingVerbs.Contains(next))
        {
            if (afterNext == "it") organization++;
            else if (afterNext is "he" or "she" or "his" or "her") person++;
        }
        string? before = Lower(s, first - 1), twoBefore = Lower(s, first - 2);
        if (before is "of" or "in" && twoBefore is not null && (OrganizationHolderNouns.Contains(twoBefore) || before == "in" && twoBefore == "stake")) organization += 2;
        else if (before == "of" && twoBefore is "executive" or "ceo" or "chairman" or "chairwoman" or "board") organization += 2;
        else if (before == "for" && twoBefore is "bid" or "offer") organization++;
        else if (before is not null && BuyingVerbs.Contains(before)) organization++;
        if (first > 0 && PersonTitles.Contains(s[first - 1].Form)) person++;
        return (organization, person);
    }

    private static string? Lower(TokenView[] s, int i) => i >= 0 && i < s.Length ? s[i].Lower : null;
}
