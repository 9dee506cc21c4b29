using Chronicle.Ingest;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Ingest;

public class FolderWalkTests
{
    [Fact]
    public void Symbolic_link_loops_are_not_followed_and_each_page_is_read_once()
    {
        using var dir = new TempFolder();
        dir.Write("in/a/one.txt", " date 2023-05-01 A first page written for this test.\n");
        dir.Write("in/b/two.txt", " date 2023-05-02 A second page written for this test.\n");
        Directory.CreateSymbolicLink(dir.File("in/a/loop"), dir.File("in"));
        Directory.CreateSymbolicLink(dir.File("in/b/again"), dir.File("in/a"));

        var items = new InputReader().Read([dir.File("in")]).ToList();

        Assert.Equal(["one.txt", "two.txt"], items.OfType<ReadDocument>().Select(d => d.Document.Source).Order());
        Assert.Equal(2, items.OfType<SkippedInput>().Count(s => s.Reason.Contains("symbolic link")));
        Assert.Empty(items.OfType<ReadFailure>());
    }
}
