namespace Chronicle.Events.Extraction;

/// <summary>
/// The items of a document (entity or time mentions) that overlap one sentence, found by binary search
/// instead of a scan of the whole document for every sentence (that scan made a page's cost quadratic).
/// Items come in document order (by start); the result is the same items in the same order as the scan gave.
/// </summary>
internal sealed class OffsetWindow<T>(IReadOnlyList<T> items, Func<T, int> start, Func<T, int> end)
{
    private readonly bool _sorted = IsSortedByStart(items, start);
    /// <summary>The largest end among items[0..i]: non-decreasing, so searchable.</summary>
    private readonly int[] _reach = Reach(items, end);

    /// <summary>Items with end &gt; from and start &lt; to, in list order.</summary>
    public IEnumerable<T> Overlapping(int from, int to)
    {
        if (!_sorted)
        {
            foreach (var item in items) if (end(item) > from && start(item) < to) yield return item;
            yield break;
        }
        int lo = 0, hi = _reach.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_reach[mid] > from) hi = mid; else lo = mid + 1;
        }
        for (int i = lo; i < items.Count && start(items[i]) < to; i++)
            if (end(items[i]) > from) yield return items[i];
    }

    private static bool IsSortedByStart(IReadOnlyList<T> items, Func<T, int> start)
    {
        for (int i = 1; i < items.Count; i++) if (start(items[i]) < start(items[i - 1])) return false;
        return true;
    }

    private static int[] Reach(IReadOnlyList<T> items, Func<T, int> end)
    {
        var reach = new int[items.Count];
        int max = int.MinValue;
        for (int i = 0; i < items.Count; i++) reach[i] = max = Math.Max(max, end(items[i]));
        return reach;
    }
}
