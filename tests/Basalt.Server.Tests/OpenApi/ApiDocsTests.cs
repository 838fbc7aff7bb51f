using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Basalt.Server.Tests.OpenApi;

public sealed partial class ApiDocsTests
{
    [Theory]
    [InlineData("/openapi.json")]
    [InlineData("/rest/v1/")]
    [InlineData("/rest/v1")]
    public async Task The_openapi_document_describes_the_spec_s_tables(string path)
    {
        await using var server = await BlogServer.StartAsync();

        using var response = await server.Client.GetAsync(path);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("3.1.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(["/profiles", "/posts", "/comments"], document.GetProperty("paths").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task A_client_that_asks_for_application_openapi_json_gets_that_type()
    {
        await using var server = await BlogServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/rest/v1/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/openapi+json"));

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/openapi+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task The_document_is_built_once_and_revalidates_with_its_etag()
    {
        await using var server = await BlogServer.StartAsync();

        using var first = await server.Client.GetAsync("/openapi.json");
        using var second = await server.Client.GetAsync("/rest/v1/");
        var etag = first.Headers.ETag;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi.json");
        request.Headers.IfNoneMatch.Add(etag!);
        using var revalidated = await server.Client.SendAsync(request);

        Assert.NotNull(etag);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body_and_other_methods_are_refused()
    {
        await using var server = await BlogServer.StartAsync();

        using var head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/openapi.json"));
        using var post = await server.Client.PostAsync("/openapi.json", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Theory]
    [InlineData("/docs", "docs/index.html")]
    [InlineData("/docs/", "index.html")]
    public async Task Docs_redirects_to_the_viewer_page(string path, string location)
    {
        await using var server = await BlogServer.StartAsync();

        using var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_viewer_page_loads_only_local_assets_each_served_from_the_binary()
    {
        await using var server = await BlogServer.StartAsync();

        using var page = await server.Client.GetAsync("/docs/index.html");
        var html = await page.Content.ReadAsStringAsync();
        var assets = AssetReference().Matches(html).Select(m => m.Groups["url"].Value).ToList();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>blog API", html, StringComparison.Ordinal);
        Assert.Contains("swagger-ui-bundle.js", string.Join(" ", assets), StringComparison.Ordinal);
        Assert.True(assets.Count >= 5, string.Join(", ", assets));
        foreach (var asset in assets)
        {
            // Relative to the page: no scheme, no host, no protocol-relative //.
            Assert.DoesNotMatch("^([a-z]+:|//|/)", asset);
            using var response = await server.Client.GetAsync(new Uri(new Uri(server.Server.BoundUrl, "/docs/index.html"), asset));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (asset.EndsWith(".css", StringComparison.Ordinal))
            {
                var css = await response.Content.ReadAsStringAsync();
                Assert.DoesNotMatch(@"@import|url\(\s*['""]?(https?:)?//", css);
            }
        }
    }

    [Fact]
    public async Task The_viewer_reads_this_server_s_document_and_never_calls_the_online_validator()
    {
        await using var server = await BlogServer.StartAsync();

        var script = await server.Client.GetStringAsync("/docs/index.js");

        Assert.Contains("\"url\":\"../openapi.json\"", script, StringComparison.Ordinal);
        // No validatorUrl in the config, so the page's own fallback switches the online validator badge off.
        Assert.DoesNotContain("\"validatorUrl\":\"", script, StringComparison.Ordinal);
        Assert.Contains("configObject.validatorUrl = null", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_viewer_s_responses_forbid_loading_anything_from_another_origin()
    {
        await using var server = await BlogServer.StartAsync();

        foreach (var path in new[] { "/docs/index.html", "/docs/swagger-ui-bundle.js" })
        {
            using var response = await server.Client.GetAsync(path);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_viewer_file_is_a_404()
    {
        await using var server = await BlogServer.StartAsync();

        using var response = await server.Client.GetAsync("/docs/no-such-file.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_start_up_banner_says_where_the_api_docs_are()
    {
        await using var server = await BlogServer.StartAsync();
        var root = server.Server.BoundUrl.GetLeftPart(UriPartial.Authority);

        var banner = server.Server.RenderBanner();

        Assert.Contains($"API docs  {root}/docs  {root}/openapi.json", banner, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?:src|href)=""(?<url>[^""]+)""")]
    private static partial Regex AssetReference();
}
