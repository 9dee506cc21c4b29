using Chronicle.Domain.Events;
using Chronicle.Events.Names;

namespace Chronicle.Query;

/// <summary>The words an event is indexed under: the words of every entity it names, normalized like names are compared.</summary>
public static class EventIndex
{
    public static IEnumerable<string> Words(string name)
    {
        var key = NameMatcher.Key(name);
        foreach (var w in key.Split(' ', StringSplitOptions.RemoveEmptyEntries)) yield return w;
        foreach (var w in NameMatcher.Tokens(name)) yield return w;
    }

    public static IEnumerable<string> WordsOf(EventMention e) =>
        e.Arguments.Where(a => a.Kind is "person" or "org" or "entity").SelectMany(a => Words(a.Value)).Distinct(StringComparer.Ordinal);
}
