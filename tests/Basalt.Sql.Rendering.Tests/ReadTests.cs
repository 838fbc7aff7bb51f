using Basalt.Query.Planning;
using Basalt.Query.Request;
using Basalt.Sql.Rendering.Tests.Support;

namespace Basalt.Sql.Rendering.Tests;

/// <summary>Columns, aliases, order, pages and counts of one level, on both engines.</summary>
[Collection(RenderCollection.Name)]
public sealed class ReadTests(RenderDatabases db)
{
    private PlanBuilder P => db.Plans;

    [Fact]
    public async Task Columns_come_back_as_objects_in_key_order_with_aliases()
    {
        var root = P.Select("posts", P.Column("posts", "id"), P.Column("posts", "title", key: "headline")) with
        {
            Order = [P.Asc("posts", "id")],
            Limit = 2,
        };
        var result = await db.BothAsync(PlanBuilder.Read(root));
        Assert.Equal(CanonicalJson.Of("""[{"id":1,"headline":"Hello world"},{"id":2,"headline":"Second post"}]"""), CanonicalJson.Of(result.Body));
        Assert.Equal(2, result.Rows);
        Assert.Null(result.Total);
        Assert.Null(result.Keys);
    }
}
