namespace Basalt.OpenApi.Tests;

public sealed class RelationTests
{
    [Fact]
    public void A_table_lists_its_many_to_one_and_one_to_many_embeds()
    {
        var blog = GeneratedDocument.ForExample("blog");
        var posts = blog.Schema("posts").GetProperty("description").GetString()!;

        Assert.Contains("`profiles(*)`: many-to-one", posts, StringComparison.Ordinal);
        Assert.Contains("`comments(*)`: one-to-many", posts, StringComparison.Ordinal);
        Assert.Contains("posts_author_id_fkey", posts, StringComparison.Ordinal);
    }

    [Fact]
    public void A_self_reference_lists_children_by_table_and_the_parent_by_its_key_column()
    {
        var comments = GeneratedDocument.ForExample("blog").Schema("comments").GetProperty("description").GetString()!;

        Assert.Contains("`comments(*)`: one-to-many", comments, StringComparison.Ordinal);
        Assert.Contains("`parent_id(*)`: many-to-one", comments, StringComparison.Ordinal);
    }

    [Fact]
    public void A_junction_table_gives_a_many_to_many_embed_both_ways()
    {
        var films = GeneratedDocument.ForYaml(TestSpecs.ManyToMany);

        Assert.Contains("`actors(*)`: many-to-many", films.Schema("films").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("`films(*)`: many-to-many", films.Schema("actors").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("`roles(*)`: one-to-many", films.Schema("films").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_relations_lists_none()
    {
        var types = GeneratedDocument.ForYaml(TestSpecs.EveryType);

        Assert.DoesNotContain("Relations", types.Schema("things").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("none (no relations)", types.Parameter("things", "get", "select").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Relations_to_auth_users_are_not_embeds()
    {
        var profiles = GeneratedDocument.ForExample("blog").Schema("profiles").GetProperty("description").GetString()!;

        Assert.DoesNotContain("users(*)", profiles, StringComparison.Ordinal);
    }
}
