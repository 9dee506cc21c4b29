using Chronicle.Domain.Events;

namespace Chronicle.Store;

public partial interface IChronicleStore
{
    /// <summary>Events that name an entity containing any of the words (lower case, see <see cref="EventWords"/>), reported on or before the date.</summary>
    IReadOnlyList<EventRecord> EventsNaming(IReadOnlyCollection<string> words, DateOnly? reportedOnOrBefore, IReadOnlyCollection<string>? types = null);

    /// <summary>Every event reported in [from, to] (either end open).</summary>
    IReadOnlyList<EventRecord> EventsReported(DateOnly? from, DateOnly? to);
}

/// <summary>The words an entity name is indexed under: lower-case letters and digits, split at spaces, hyphens and punctuation.</summary>
public static class EventWords
{
    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal) { "the", "of", "and", "for", "in", "on", "at", "a", "an", "s", "inc", "corp", "ltd", "co", "mr", "mrs", "ms", "sir" };

    public static IEnumerable<string> Of(string name)
    {
        var word = new System.Text.StringBuilder();
        foreach (char c in name + " ")
        {
            if (char.IsLetterOrDigit(c)) { word.Append(char.ToLowerInvariant(c)); continue; }
            if (c == '.' ) continue;
            if (word.Length > 0)
            {
                string w = word.ToString();
                word.Clear();
                if (!Skip.Contains(w)) yield return w;
            }
        }
    }
}
