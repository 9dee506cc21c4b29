using Chronicle.Facts;

namespace Chronicle.Tests.Facts;

public class EntityClustersTests
{
    [Fact]
    public void A_name_run_together_with_its_title_organization_does_not_merge_the_company_and_the_person()
    {
        var clusters = new EntityClusters(
            ["Northwind Inc.", "Northwind Inc.", "Dana Whitfield", "Dana Whitfield", "Northwind Inc. Dana Whitfield", "Whitfield", "Northwind"], []);
        Assert.NotEqual(clusters.Of("Northwind Inc."), clusters.Of("Dana Whitfield"));
        Assert.Equal("Dana Whitfield", clusters.Of("Whitfield"));
        Assert.Equal("Northwind Inc.", clusters.Of("Northwind"));
    }

    [Fact]
    public void A_first_word_shared_by_two_company_names_joins_neither()
    {
        var clusters = new EntityClusters(["Northwind Corps", "Northwind Corps", "Northwind Computer", "Northwind Inc.", "Northwind Inc.", "Northwind Inc."], []);
        Assert.NotEqual(clusters.Of("Northwind Corps"), clusters.Of("Northwind Computer"));
        Assert.NotEqual(clusters.Of("Northwind Corps"), clusters.Of("Northwind Inc."));
    }
}
