namespace Chronicle.Events.Extraction;

/// <summary>
/// Names in the order they were last mentioned. Moving a name to the newest place costs the same however many
/// names the page has (a list's remove-and-append scanned every person of a long page at each mention).
/// </summary>
internal sealed class RecentNames
{
    private readonly LinkedList<string> _order = new();
    private readonly Dictionary<string, LinkedListNode<string>> _nodes = new(StringComparer.Ordinal);

    public void Touch(string name)
    {
        if (_nodes.Remove(name, out var node)) _order.Remove(node);
        _nodes[name] = _order.AddLast(name);
    }

    public IEnumerable<string> NewestFirst()
    {
        for (var node = _order.Last; node is not null; node = node.Previous) yield return node.Value;
    }
}
