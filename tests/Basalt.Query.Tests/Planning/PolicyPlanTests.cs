using Basalt.Query.Planning;
using Basalt.Spec.Schema;

namespace Basalt.Query.Tests.Planning;

/// <summary>What the blog example's policies add to plans, per caller: folded constants, parameters, checks, access.</summary>
public sealed class PolicyPlanTests
{
    private const string UserId = "6f1c2b9e-0d4a-4c1e-9a57-3c8f2e1d0b4a";

    private static readonly PlanContext Anon = new("anon", null);

    private static readonly PlanContext User = new("authenticated", UserId);

    [Fact]
    public void A_read_keeps_what_the_select_policy_allows_with_the_callers_parts_folded()
    {
        Assert.Equal("read posts{id} where (status eq 'published'::enum or unknown)", Print("/posts?select=id", Anon));
        Assert.Equal($"read posts{{id}} where (status eq 'published'::enum or author_id eq {UserId}::uuid)", Print("/posts?select=id", User));
    }

    [Fact]
    public void A_policy_that_is_true_for_everyone_adds_nothing_and_embeds_get_their_own()
    {
        Assert.Equal("read comments{id,posts:posts(m2o comments_post_id_fkey){id} where (status eq 'published'::enum or unknown)}", Print("/comments?select=id,posts(id)", Anon));
    }

    [Fact]
    public void Writes_restrict_their_rows_and_check_the_new_ones()
    {
        Assert.Equal(
            $"delete posts where (author_id eq {UserId}::uuid and (status eq 'published'::enum or author_id eq {UserId}::uuid)) return minimal",
            Print("/posts", User, "DELETE"));
        Assert.Equal(
            $"insert posts(title,author_id) values ('x'::text, {UserId}::uuid) return minimal check author_id eq {UserId}::uuid",
            Print("/posts", User, "POST", """{"title":"x"}"""));
    }

    [Fact]
    public void Service_role_plans_have_no_policy_in_them()
    {
        Assert.Equal("read posts{id}", Print("/posts?select=id", PlanContext.ServiceRole));
    }

    [Fact]
    public void Access_needs_a_policy_for_the_operation_on_every_table_touched()
    {
        Assert.Null(Refused("/posts?select=id,comments(id)", Anon));
        Assert.Equal("comments", Refused("/comments?id=eq.1", User, "PATCH", """{"body":"x"}""")?.Name);
        Assert.Equal("comments", Refused("/comments?id=eq.1", User, "PUT", """{"id":1,"post_id":1,"body":"x"}""")?.Name);
        Assert.Null(Refused("/comments?id=eq.1", PlanContext.ServiceRole, "PATCH", """{"body":"x"}"""));
    }

    private static string Print(string url, PlanContext context, string method = "GET", string? body = null)
    {
        var result = QueryPlanner.Plan(Requests.Ok(url, method, body), PlanningSchemas.Blog, context);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return PlanPrinter.Print(result.Plan);
    }

    private static TableName? Refused(string url, PlanContext context, string method = "GET", string? body = null)
    {
        var result = QueryPlanner.Plan(Requests.Ok(url, method, body), PlanningSchemas.Blog, context);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return PolicyAccess.Refused(result.Plan, context);
    }
}
