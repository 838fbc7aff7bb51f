namespace Basalt.OpenApi.Tests;

public sealed class RequiredColumnsTests
{
    [Theory]
    [InlineData("blog", "posts", "title")]
    [InlineData("blog", "comments", "body,post_id")]
    [InlineData("blog", "profiles", "id,username")]
    [InlineData("shop", "products", "name,price,sku")]
    [InlineData("shop", "inventory_movements", "delta,product_id,reason")]
    public void An_insert_requires_the_columns_without_default_that_are_not_nullable(string example, string table, string required)
    {
        var document = GeneratedDocument.ForExample(example);

        Assert.Equal(required.Split(','), GeneratedDocument.Strings(document.Schema(table + ".insert").GetProperty("required")));
    }

    [Theory]
    [InlineData("blog")]
    [InlineData("shop")]
    public void A_row_and_a_put_body_have_every_column_and_a_patch_body_none(string example)
    {
        var document = GeneratedDocument.ForExample(example);
        foreach (var table in document.Spec.Schema.UserTables)
        {
            var all = table.Columns.Select(c => c.Name).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(all, GeneratedDocument.Strings(document.Schema(table.Name.Name).GetProperty("required")));
            Assert.Equal(all, GeneratedDocument.Strings(document.Schema(table.Name.Name + ".replace").GetProperty("required")));
            var update = document.Schema(table.Name.Name + ".update");
            Assert.True(!update.TryGetProperty("required", out var none) || none.GetArrayLength() == 0);
        }
    }

    [Fact]
    public void Request_bodies_refuse_unknown_columns_and_rows_allow_embeds()
    {
        var document = GeneratedDocument.ForExample("blog");

        foreach (var body in new[] { "posts.insert", "posts.update", "posts.replace" })
        {
            Assert.False(document.Schema(body).GetProperty("additionalProperties").GetBoolean(), body);
        }
        Assert.True(!document.Schema("posts").TryGetProperty("additionalProperties", out var extra) || extra.GetBoolean());
    }
}
