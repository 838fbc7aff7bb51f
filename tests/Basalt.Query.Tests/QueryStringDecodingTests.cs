using Basalt.Query.Request;

namespace Basalt.Query.Tests;

/// <summary>Splitting and percent-decoding follow PostgREST's HTTP library (see QueryStringDecoder).</summary>
public sealed class QueryStringDecodingTests
{
    [Theory]
    [InlineData("?a=eq.1", "a eq '1'")]
    [InlineData("a=eq.1;b=eq.2", "a eq '1' and b eq '2'")]
    [InlineData("a=eq.1&&b=eq.2&", "a eq '1' and b eq '2'")]
    [InlineData("a=eq.1&b&c", "a eq '1'")]
    [InlineData("a=eq.x+y", "a eq 'x y'")]
    [InlineData("a=eq.x%2By", "a eq 'x+y'")]
    [InlineData("a=eq.%3B%26%3D", "a eq ';&='")]
    [InlineData("a=eq.100%", "a eq '100%'")]
    [InlineData("a=eq.%zz%4", "a eq '%zz%4'")]
    [InlineData("a=eq.%c3%a9", "a eq 'é'")]
    [InlineData("a=eq.%ff", "a eq '\uFFFD'")]
    [InlineData("a=eq.é", "a eq 'é'")]
    [InlineData("a=eq.a=b", "a eq 'a=b'")]
    [InlineData("%61=eq.1", "a eq '1'")]
    [InlineData("first+name=eq.1", "\"first name\" eq '1'")]
    public void Pairs(string query, string expected) => Assert.Equal(expected, Requests.Where("/t?" + query));

    [Fact]
    public void A_semicolon_separates_pairs_so_the_rest_is_ignored() =>
        Assert.Equal(["a"], Requests.Ok("/t?on_conflict=a;b").OnConflict);

    [Fact]
    public void Columns_may_be_quoted_as_postgrest_js_sends_them() =>
        Assert.Equal(["id", "first name", "a,b"], Requests.Ok("/t?columns=%22id%22,%22first%20name%22,%22a,b%22", "POST", "{}").Columns);

    [Fact]
    public void Postgrest_js_style_url()
    {
        // What supabase-js sends for .from('posts').select('id,title,author:profiles(name)').eq('status','published')
        //   .in('id',[1,2,3]).order('created_at',{ascending:false,nullsFirst:false}).range(0,9) with count 'exact'.
        var request = Requests.Ok(
            "/posts?select=id%2Ctitle%2Cauthor%3Aprofiles%28name%29&status=eq.published&id=in.%281%2C2%2C3%29&order=created_at.desc.nullslast&offset=0&limit=10",
            "GET", null, ("Prefer", "count=exact"));

        Assert.Equal("read posts | select id,title,author:profiles(name) | where status eq 'published' and id in ('1','2','3'); order created_at desc nullslast; limit 10; offset 0 | prefer count=exact | page offset 0 limit 10",
            request.ToString().Replace("\n", " | ", StringComparison.Ordinal));
    }

    [Fact]
    public void Decoder_handles_surrogate_pairs_sent_raw() => Assert.Equal("a eq '😀'", Requests.Where("/t?a=eq.😀"));

    [Fact]
    public void Empty_query_is_a_plain_read() => Assert.Equal(EmbedPath.Root, Assert.Single(Requests.Ok("/t?").Scopes).Path);
}
