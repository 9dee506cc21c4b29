namespace Chronicle.Tests.Reliability;

/// <summary>
/// Small dated news pages made of sentences written for these tests (people, companies, appointments,
/// resignations, charges, dates), varied by a seed, for property tests that need a store with facts in it.
/// </summary>
public static class PageGenerator
{
    public static readonly string[] People = ["Maria Varga", "John Okafor", "Aiko Lindqvist", "Pedro Moreau"];
    public static readonly string[] Companies = ["Northwind Energy", "Bluebay Shipping", "Kestrel Bank"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public sealed record Page(DateOnly Date, string Text)
    {
        public string Json => System.Text.Json.JsonSerializer.Serialize(new { date = Date.ToString("yyyy-MM-dd"), text = Text });
    }

    /// <summary>
    /// Distinct pages dated between 2021-01-01 and 2023-12-31. <paramref name="companiesAsPlaces"/> ends some pages
    /// with a sentence that names a company as a place would be named ("in Kestrel Bank"), drawn apart so that the
    /// pages are otherwise the same (the seeds of recorded cases keep their meaning).
    /// </summary>
    public static List<Page> Pages(int seed, int count, bool companiesAsPlaces = false)
    {
        var random = new Random(seed);
        var places = new Random(seed + 1_000_003);
        var pages = new List<Page>();
        for (int i = 0; i < count; i++)
        {
            var date = new DateOnly(2021, 1, 1).AddDays(random.Next(0, 3 * 365));
            var sentences = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Sentence(random, date)).Prepend($"Business report number {seed}-{i}.").ToList();
            if (companiesAsPlaces && places.Next(2) == 0) sentences.Add(PlaceSentence(places));
            pages.Add(new Page(date, string.Join(' ', sentences)));
        }
        return pages;
    }

    private static string PlaceSentence(Random random)
    {
        string person = People[random.Next(People.Length)], company = Companies[random.Next(Companies.Length)];
        return random.Next(3) switch
        {
            0 => $"Workers in {company} said they were surprised.",
            1 => $"The mayor of {company} spoke to {person}.",
            _ => $"{person} arrived in {company} on Monday.",
        };
    }

    private static string Sentence(Random random, DateOnly date)
    {
        string person = People[random.Next(People.Length)], company = Companies[random.Next(Companies.Length)];
        string month = Months[random.Next(date.Month)]; // a month of the page's year, up to the page's own
        return random.Next(7) switch
        {
            0 => $"{person} was appointed chief executive of {company} on Monday.",
            1 => $"{person} resigned as chief executive of {company} in {month}.",
            2 => $"{person} was charged with fraud in {month} {date.Year}.",
            3 => $"Prosecutors dropped the fraud charge against {person} on Tuesday.",
            4 => $"{company} hired {person} as its finance director last week.",
            5 => $"{person}, the chairman of {company}, said profits rose {random.Next(2, 40)} percent.",
            _ => $"{company} opened an office in Oslo on {random.Next(1, 28)} {month} {date.Year}.",
        };
    }

    public static string WriteJsonLines(string path, IEnumerable<Page> pages)
    {
        File.WriteAllText(path, string.Join('\n', pages.Select(p => p.Json)) + "\n");
        return path;
    }
}
