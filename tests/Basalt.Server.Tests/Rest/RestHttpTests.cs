using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Basalt.Auth.Keys;
using Basalt.Server.Tests.Support;
using Basalt.Spec.Schema;

namespace Basalt.Server.Tests.Rest;

/// <summary>/rest/v1 over real HTTP on Kestrel: what the host adds around the core handler.</summary>
public sealed class RestHttpTests
{
    private static readonly DatabaseSchema Notes = new(
    [
        new TableSchema(TableName.Public("notes"),
        [
            new ColumnSchema("id", new ColumnType(ColumnKind.BigInt)) { Identity = true },
            new ColumnSchema("body", new ColumnType(ColumnKind.Text)),
        ])
        {
            PrimaryKey = ["id"],
        },
    ]);

    [Fact]
    public async Task A_table_is_served_with_postgrests_headers_and_the_hosts_own()
    {
        await using var server = await StartAsync();
        using var insert = Request(HttpMethod.Post, "/rest/v1/notes", server, """[{"body":"one"},{"body":"two"}]""");
        insert.Headers.Add("Prefer", "return=representation");

        using var inserted = await server.Client.SendAsync(insert);
        using var read = await server.Client.SendAsync(Request(HttpMethod.Get, "/rest/v1/notes?select=body&order=id", server));

        Assert.Equal(HttpStatusCode.Created, inserted.StatusCode);
        Assert.Equal("""[{"id":1,"body":"one"},{"id":2,"body":"two"}]""", await inserted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("""[{"body":"one"},{"body":"two"}]""", await read.Content.ReadAsStringAsync());
        Assert.Equal("application/json; charset=utf-8", read.Content.Headers.ContentType!.ToString());
        Assert.Equal("0-1/*", read.Content.Headers.GetValues("Content-Range").Single());
        Assert.Equal("1", read.Headers.GetValues("X-Basalt-Sql-Commands").Single());
        Assert.Matches("^jwt;dur=.*, db;dur=[0-9.]+$", read.Headers.GetValues("Server-Timing").Single());
        Assert.Single(read.Headers.GetValues("X-Request-Id"));
    }

    [Fact]
    public async Task The_table_name_is_percent_decoded()
    {
        await using var server = await StartAsync();

        using var response = await server.Client.SendAsync(Request(HttpMethod.Get, "/rest/v1/n%6Ftes", server));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_key_the_answer_is_postgrests_401()
    {
        await using var server = await StartAsync();

        using var response = await server.Client.GetAsync("/rest/v1/notes");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"code":"PGRST302","details":null,"hint":null,"message":"Anonymous access is disabled"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().ToString());
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task The_anon_key_is_refused_as_a_role_without_grants()
    {
        await using var server = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/rest/v1/notes");
        request.Headers.Add("apikey", Keys(server).Anon);

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"code":"42501","details":null,"hint":null,"message":"permission denied for table notes"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("GET", "/rest/v1/notes/1", 404, "PGRST125")]
    [InlineData("POST", "/rest/v1/notes/1/x", 404, "PGRST125")]
    [InlineData("GET", "/rest/v1/nope", 404, "PGRST205")]
    [InlineData("POST", "/rest/v1/", 405, "PGRST117")]
    [InlineData("DELETE", "/rest/v1", 405, "PGRST117")]
    public async Task Paths_that_name_no_table_get_postgrests_errors(string method, string path, int status, string code)
    {
        await using var server = await StartAsync();

        using var response = await server.Client.SendAsync(Request(new HttpMethod(method), path, server, method == "POST" ? "{}" : null));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_in_postgrests_shape_and_changes_nothing()
    {
        await using var server = await StartAsync(new ServerOptions { MaxRequestBodyBytes = 1024 });
        var rows = "[" + string.Join(",", Enumerable.Range(0, 100).Select(i => $$"""{"body":"row {{i}}"}""")) + "]";

        using var response = await server.Client.SendAsync(Request(HttpMethod.Post, "/rest/v1/notes", server, rows));
        using var read = await server.Client.SendAsync(Request(HttpMethod.Get, "/rest/v1/notes", server));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("""{"code":"BASALT413","details":"The limit is 1024 bytes.","hint":"Send fewer rows per request.","message":"The request body is too large"}""",
            await response.Content.ReadAsStringAsync());
        Assert.Equal("[]", await read.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_query_string_over_the_grammars_limit_is_414_in_postgrests_shape()
    {
        await using var server = await StartAsync();

        using var response = await server.Client.SendAsync(Request(HttpMethod.Get, "/rest/v1/notes?body=eq." + new string('a', 9000), server));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("PGRST100", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Head_sends_the_headers_of_get_without_a_body()
    {
        await using var server = await StartAsync();
        using var request = Request(HttpMethod.Head, "/rest/v1/notes", server);
        request.Headers.Add("Prefer", "count=exact");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*/0", response.Content.Headers.GetValues("Content-Range").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_browser_preflight_is_answered_for_any_origin()
    {
        await using var server = await StartAsync();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/rest/v1/notes");
        preflight.Headers.Add("Origin", "https://app.example.com");
        preflight.Headers.Add("Access-Control-Request-Method", "PATCH");
        preflight.Headers.Add("Access-Control-Request-Headers", "apikey, authorization, content-type, prefer, range");

        using var response = await server.Client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("PATCH", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("prefer", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("86400", response.Headers.GetValues("Access-Control-Max-Age").Single());
    }

    [Fact]
    public async Task A_browser_request_may_read_the_headers_clients_need()
    {
        await using var server = await StartAsync();
        using var request = Request(HttpMethod.Get, "/rest/v1/notes", server);
        request.Headers.Add("Origin", "https://app.example.com");

        using var response = await server.Client.SendAsync(request);
        var exposed = response.Headers.GetValues("Access-Control-Expose-Headers").Single().Split(',', StringSplitOptions.TrimEntries);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        foreach (var header in new[] { "Content-Range", "Content-Location", "Location", "Preference-Applied", "X-Request-Id", "Server-Timing" })
        {
            Assert.Contains(header, exposed);
        }
    }

    [Fact]
    public async Task Listed_origins_are_the_only_ones_allowed()
    {
        await using var server = await StartAsync(new ServerOptions { CorsAllowedOrigins = ["https://app.example.com"] });
        using var allowed = Request(HttpMethod.Get, "/rest/v1/notes", server);
        allowed.Headers.Add("Origin", "https://app.example.com");
        using var other = Request(HttpMethod.Get, "/rest/v1/notes", server);
        other.Headers.Add("Origin", "https://evil.example.com");

        using var yes = await server.Client.SendAsync(allowed);
        using var no = await server.Client.SendAsync(other);

        Assert.Equal("https://app.example.com", yes.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(no.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_root_serves_its_document_and_options_lists_what_it_allows()
    {
        await using var server = await StartAsync();

        using var document = await server.Client.SendAsync(Request(HttpMethod.Get, "/rest/v1/", server));
        using var options = await server.Client.SendAsync(Request(HttpMethod.Options, "/rest/v1/", server));

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.StartsWith("3.1", JsonDocument.Parse(await document.Content.ReadAsStringAsync()).RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        Assert.Equal(["OPTIONS", "GET", "HEAD"], options.Content.Headers.Allow);
    }

    [Fact]
    public async Task Options_without_a_preflight_lists_the_verbs()
    {
        await using var server = await StartAsync();

        using var response = await server.Client.SendAsync(Request(HttpMethod.Options, "/rest/v1/notes", server));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["OPTIONS", "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task The_access_log_counts_the_sql_commands_of_a_rest_request()
    {
        await using var server = await StartAsync();
        using var request = Request(HttpMethod.Get, "/rest/v1/notes", server);
        request.Headers.Add("X-Request-Id", "req-sql-1");

        using var response = await server.Client.SendAsync(request);
        var access = await server.Log.WaitForAsync(line =>
            line.GetProperty("Category").GetString() == "Basalt.Server.Access" && line.GetRawText().Contains("req-sql-1", StringComparison.Ordinal));

        Assert.Equal(1, access.GetProperty("State").GetProperty("SqlCommands").GetInt32());
        Assert.Equal("/rest/v1/notes", access.GetProperty("State").GetProperty("Path").GetString());
    }

    [Fact]
    public async Task A_database_that_fails_is_answered_503_and_logged_with_the_request_id()
    {
        await using var server = await StartAsync();
        await server.Database.DisposeAsync();
        using var request = Request(HttpMethod.Get, "/rest/v1/notes", server);
        request.Headers.Add("X-Request-Id", "req-down-1");

        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var logged = await server.Log.WaitForAsync(line =>
            line.GetProperty("Category").GetString() == "Basalt.Server.Rest" && line.GetRawText().Contains("req-down-1", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("PGRST000", JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain("Disposed", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Error", logged.GetProperty("LogLevel").GetString());
        Assert.Contains("ObjectDisposedException", logged.GetProperty("Exception").GetString(), StringComparison.Ordinal);
    }

    private static Task<RunningServer> StartAsync(ServerOptions? options = null) => RunningServer.StartAsync(options, schema: Notes);

    private static ServiceKeys Keys(RunningServer server) => ServiceKeys.Issue(server.Server.Spec.Auth.Jwt, server.Server.Spec.Name);

    private static HttpRequestMessage Request(HttpMethod method, string path, RunningServer server, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("apikey", Keys(server).ServiceRole);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        return request;
    }
}
