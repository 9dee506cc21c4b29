namespace Chronicle.Ingest;

/// <summary>
/// The files under a folder, recursively, in ordinal order of their paths; names starting with '.' are left out.
/// A folder that cannot be read becomes a failure naming it, the rest is still walked; a folder reached again
/// through a symbolic link (a loop, or two links to one place) is walked once and the link reported as skipped.
/// </summary>
internal static class FolderWalk
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0, ReturnSpecialDirectories = false,
    };

    public static (List<string> Files, List<InputItem> Problems) Walk(string root)
    {
        var files = new List<string>();
        var problems = new List<InputItem>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        // Each folder travels with its real path (links resolved), so two routes to one folder compare equal.
        var pending = new Stack<(string Path, string Real)>();
        pending.Push((root, Resolve(root, Path.GetFullPath(root))));
        while (pending.TryPop(out var folder))
        {
            if (!visited.Add(folder.Real))
            {
                problems.Add(new SkippedInput(new InputOrigin(folder.Path), "symbolic link to a folder already read (not followed again)"));
                continue;
            }
            try
            {
                foreach (var entry in new DirectoryInfo(folder.Path).EnumerateFileSystemInfos("*", OneLevel))
                {
                    if (entry.Name.StartsWith('.')) continue;
                    string path = Path.Combine(folder.Path, entry.Name);
                    if (entry is DirectoryInfo || (entry.LinkTarget is not null && Directory.Exists(path)))
                        pending.Push((path, Resolve(path, Path.Combine(folder.Real, entry.Name))));
                    else files.Add(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ReadFailure(new InputOrigin(folder.Path),
                    e is UnauthorizedAccessException ? "folder cannot be read: permission denied" : $"folder cannot be read: {e.Message}"));
            }
        }
        files.Sort(StringComparer.Ordinal);
        return (files, problems);
    }

    /// <summary>A symbolic link's final target; any other folder keeps the real path built from its parent's.</summary>
    private static string Resolve(string path, string realIfNotLink)
    {
        try
        {
            var info = new DirectoryInfo(path);
            return info.LinkTarget is null ? realIfNotLink : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? realIfNotLink;
        }
        catch (IOException)
        {
            return realIfNotLink; // a link that cannot be resolved is tried once and reported as unreadable
        }
    }
}
