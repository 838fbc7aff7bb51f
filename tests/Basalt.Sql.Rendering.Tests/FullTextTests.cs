using Basalt.Sql.Rendering.Tests.Support;

namespace Basalt.Sql.Rendering.Tests;

/// <summary>
/// fts, plfts, phfts and wfts through the product's path: PostgreSQL's text search, and SQLite's emulation of it
/// (english stemming and stop words by default, simple on request), selecting the same rows.
/// </summary>
[Collection(RenderCollection.Name)]
public sealed class FullTextTests(RenderDatabases db)
{
    [Theory]
    [InlineData("fts.fox & dog", new long[] { 1 })]
    [InlineData("fts.run", new long[] { 2, 4 })]
    [InlineData("fts.running", new long[] { 2, 4 })]
    [InlineData("fts.runner", new long[] { 4 })]
    [InlineData("fts.fox | cat", new long[] { 1, 2 })]
    [InlineData("fts.!fox", new long[] { 2, 3, 4, 5 })]
    [InlineData("fts.quick <-> brown", new long[] { 1 })]
    [InlineData("fts.brown <-> quick", new long[0])]
    [InlineData("fts.quick <2> fox", new long[] { 1 })]
    [InlineData("fts.run:*", new long[] { 2, 4 })]
    [InlineData("fts.gard:*", new long[] { 2 })]
    [InlineData("fts.the", new long[0])]
    [InlineData("fts.the & fox", new long[] { 1 })]
    [InlineData("fts.(fox | cat) & !dog", new long[] { 2 })]
    [InlineData("fts.'lazy dogs'", new long[] { 1 })]
    [InlineData("fts.thing", new long[] { 3 })]
    [InlineData("fts.100", new long[] { 3 })]
    [InlineData("fts.élan", new long[] { 5 })]
    [InlineData("fts(english).gardens", new long[] { 2 })]
    [InlineData("fts(simple).running", new long[] { 2, 4 })]
    [InlineData("fts(simple).run", new long[0])]
    [InlineData("fts(simple).the", new long[] { 1, 2 })]
    [InlineData("plfts.quick fox", new long[] { 1 })]
    [InlineData("plfts.the lazy dogs!", new long[] { 1 })]
    [InlineData("plfts.the", new long[0])]
    [InlineData("phfts.lazy dogs", new long[] { 1 })]
    [InlineData("phfts.dog lazy", new long[0])]
    [InlineData("phfts.jumps over the lazy", new long[] { 1 })]
    [InlineData("phfts.jumps lazy", new long[0])]
    [InlineData("wfts.\"lazy dog\" or cats", new long[] { 1, 2 })]
    [InlineData("wfts.running -gardens", new long[] { 4 })]
    [InlineData("wfts.cats or", new long[] { 2 })]
    [InlineData("wfts.-fox", new long[] { 2, 3, 4, 5 })]
    [InlineData("wfts.quick dog", new long[] { 1 })]
    [InlineData("wfts.\"dog lazy\"", new long[0])]
    [InlineData("not.wfts.fox", new long[] { 2, 3, 4, 5 })]
    public async Task Text_search_selects_the_same_rows_as_PostgreSQL(string filter, long[] expected)
    {
        var result = await db.RestAsync("/posts?select=id&order=id&body=" + Uri.EscapeDataString(filter));
        Assert.Equal(expected, Ids.Of(result));
    }

    [Fact]
    public async Task Text_search_on_an_embed()
    {
        var result = await db.RestAsync("/profiles?select=username,posts!author_id(id)&posts.title=fts.world&order=username");
        Assert.Equal(CanonicalJson.Of("""[{"username":"ann","posts":[{"id":1}]},{"username":"bob","posts":[]},{"username":"cy","posts":[]}]"""), CanonicalJson.Of(result.Body));
    }
}
