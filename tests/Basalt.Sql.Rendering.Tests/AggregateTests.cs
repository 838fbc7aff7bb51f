using Basalt.Query.Request;
using Basalt.Sql.Rendering.Tests.Support;

namespace Basalt.Sql.Rendering.Tests;

/// <summary>count()/sum/avg/min/max, grouped by the level's plain columns.</summary>
[Collection(RenderCollection.Name)]
public sealed class AggregateTests(RenderDatabases db)
{
    private PlanBuilder P => db.Plans;

    [Fact]
    public async Task Count_alone_is_one_object()
    {
        var result = await db.BothAsync(PlanBuilder.Read(P.Select("posts", PlanBuilder.Count())));
        Assert.Equal("""[{"count":5}]""", result.Body!.ToJsonString());
    }

    [Fact]
    public async Task Count_of_nothing_is_zero()
    {
        var root = P.Select("posts", PlanBuilder.Count()) with { Where = P.Where("posts", "id", FilterOperator.Gt, 100) };
        var result = await db.BothAsync(PlanBuilder.Read(root));
        Assert.Equal("""[{"count":0}]""", result.Body!.ToJsonString());
    }

    [Fact]
    public async Task Aggregates_group_by_the_plain_columns()
    {
        var root = P.Select("posts", P.Column("posts", "status"), PlanBuilder.Count(), P.Aggregate(AggregateFunction.Max, "posts", "score")) with
        {
            Order = [P.Asc("posts", "status")],
        };
        var result = await db.BothAsync(PlanBuilder.Read(root));
        Assert.Equal(CanonicalJson.Of("""
            [{"status":"draft","count":1,"max":null},{"status":"published","count":3,"max":9},{"status":"archived","count":1,"max":1}]
            """), CanonicalJson.Of(result.Body));
    }

    [Fact]
    public async Task Sum_avg_min_max_and_count_of_a_field()
    {
        var root = P.Select("posts",
            P.Aggregate(AggregateFunction.Sum, "posts", "score"),
            P.Aggregate(AggregateFunction.Avg, "posts", "score"),
            P.Aggregate(AggregateFunction.Min, "posts", "created_at"),
            P.Aggregate(AggregateFunction.Max, "posts", "score", key: "top"),
            P.Aggregate(AggregateFunction.Count, "posts", "editor_id", key: "edited")) with
        {
            Where = P.Where("posts", "status", FilterOperator.Eq, "published"),
        };
        var result = await db.BothAsync(PlanBuilder.Read(root));
        Assert.Equal(CanonicalJson.Of("""[{"sum":21,"avg":7,"min":"2026-01-01T10:00:00+00:00","top":9,"edited":2}]"""), CanonicalJson.Of(result.Body));
    }

    [Fact]
    public async Task Grouping_by_a_json_path()
    {
        var root = P.Select("posts", P.Column("posts", "meta", path: "->>lang"), PlanBuilder.Count()) with
        {
            Order = [P.Asc("posts", "meta", path: "->>lang")],
        };
        var result = await db.BothAsync(PlanBuilder.Read(root));
        Assert.Equal(CanonicalJson.Of("""[{"lang":"en","count":1},{"lang":"fr","count":1},{"lang":null,"count":3}]"""), CanonicalJson.Of(result.Body));
    }
}
