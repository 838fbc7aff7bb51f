using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Basalt.Auth.Keys;
using Basalt.Spec.Settings;

namespace Basalt.Server.Tests.Auth;

/// <summary>/auth/v1/admin over HTTP: GoTrue's users API, generate_link and Basalt's API keys, service_role only.</summary>
public sealed class AdminHttpTests
{
    private static readonly string ServiceKey = ServiceKeys.Issue(AuthSettings.Default.Jwt, "testapp").ServiceRole;

    [Fact]
    public async Task Create_list_get_update_ban_and_delete_a_user()
    {
        await using var auth = await AuthServer.StartAsync();
        var (created, user) = await SendAsync(auth, HttpMethod.Post, "/admin/users", new
        {
            email = "Admin.Made@Example.com", password = "correct horse", email_confirm = true,
            user_metadata = new { name = "Ada" }, app_metadata = new { roles = new[] { "editor" } },
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = user.GetProperty("id").GetString()!;
        Assert.Equal("admin.made@example.com", user.GetProperty("email").GetString());
        Assert.True(user.TryGetProperty("email_confirmed_at", out _));
        Assert.Equal("editor", user.GetProperty("app_metadata").GetProperty("roles")[0].GetString());
        Assert.Equal("email", user.GetProperty("app_metadata").GetProperty("provider").GetString());
        Assert.Equal("Ada", user.GetProperty("user_metadata").GetProperty("name").GetString());

        // The created user signs in at once (confirmed).
        var (signIn, _) = await auth.PostAsync("/token?grant_type=password", new { email = "admin.made@example.com", password = "correct horse" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        await SendAsync(auth, HttpMethod.Post, "/admin/users", new { email = "second@example.com", password = "correct horse" });
        var (list, page) = await SendAsync(auth, HttpMethod.Get, "/admin/users?page=1&per_page=1");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("2", list.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal("</admin/users?page=2&per_page=1>; rel=\"next\", </admin/users?page=2&per_page=1>; rel=\"last\"", list.Headers.GetValues("Link").Single());
        Assert.Equal(1, page.GetProperty("users").GetArrayLength());
        Assert.Equal("authenticated", page.GetProperty("aud").GetString());

        var (got, same) = await SendAsync(auth, HttpMethod.Get, "/admin/users/" + id);
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        Assert.Equal(id, same.GetProperty("id").GetString());

        var (updated, changed) = await SendAsync(auth, HttpMethod.Put, "/admin/users/" + id, new
        {
            user_metadata = new { name = (string?)null, team = "core" }, app_metadata = new { roles = new[] { "admin" } }, ban_duration = "24h",
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.False(changed.GetProperty("user_metadata").TryGetProperty("name", out _));
        Assert.Equal("core", changed.GetProperty("user_metadata").GetProperty("team").GetString());
        Assert.Equal("admin", changed.GetProperty("app_metadata").GetProperty("roles")[0].GetString());
        var (banned, refused) = await auth.PostAsync("/token?grant_type=password", new { email = "admin.made@example.com", password = "correct horse" });
        Assert.Equal(HttpStatusCode.BadRequest, banned.StatusCode);
        Assert.Equal("user_banned", refused.GetProperty("code").GetString());
        Assert.Equal(0, await auth.CountAsync("sessions"));

        var (deleted, _) = await SendAsync(auth, HttpMethod.Delete, "/admin/users/" + id);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var (gone, error) = await SendAsync(auth, HttpMethod.Get, "/admin/users/" + id);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("user_not_found", error.GetProperty("code").GetString());
        Assert.Equal(1, await auth.CountAsync("users"));
    }

    [Fact]
    public async Task A_user_or_the_anon_key_is_not_an_admin_and_changes_nothing()
    {
        await using var auth = await AuthServer.StartAsync();
        var session = await auth.SignedInAsync("plain@example.com");
        var userToken = session.GetProperty("access_token").GetString()!;
        foreach (var bearer in new[] { userToken, auth.AnonKey })
        {
            var (response, error) = await SendAsync(auth, HttpMethod.Post, "/admin/users", new { email = "evil@example.com", password = "correct horse" }, bearer, auth.AnonKey);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("not_admin", error.GetProperty("code").GetString());
            var (list, _) = await SendAsync(auth, HttpMethod.Get, "/admin/users", bearer: bearer, apiKey: auth.AnonKey);
            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        }
        var (forged, _) = await SendAsync(auth, HttpMethod.Get, "/admin/users", bearer: ServiceKey[..^4] + "AAAA", apiKey: auth.AnonKey);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(1, await auth.CountAsync("users"));
    }

    [Theory]
    [InlineData("POST", "/admin/users", "{\"email\": 5}", 400, "bad_json")]
    [InlineData("POST", "/admin/users", "[1]", 400, "bad_json")]
    [InlineData("POST", "/admin/users", "{\"email\": \"x'); DROP TABLE auth_users; --\", \"password\": \"correct horse\"}", 400, "validation_failed")]
    [InlineData("POST", "/admin/users", "{\"password\": \"correct horse\"}", 400, "validation_failed")]
    [InlineData("POST", "/admin/users", "{\"email\": \"a@example.com\", \"password\": \"short\"}", 422, "weak_password")]
    [InlineData("POST", "/admin/users", "{\"email\": \"a@example.com\", \"ban_duration\": \"forever\"}", 400, "validation_failed")]
    [InlineData("POST", "/admin/users", "{\"email\": \"a@example.com\", \"app_metadata\": {\"roles\": \"admin\"}}", 400, "validation_failed")]
    [InlineData("POST", "/admin/users", "{\"email\": \"a@example.com\", \"email_confirm\": \"yes\"}", 400, "bad_json")]
    [InlineData("GET", "/admin/users/not-a-uuid", null, 404, "user_not_found")]
    [InlineData("GET", "/admin/users/1%27%20OR%201=1", null, 404, "user_not_found")]
    [InlineData("PUT", "/admin/users/00000000-0000-0000-0000-000000000001", "{\"user_metadata\": {}}", 404, "user_not_found")]
    [InlineData("DELETE", "/admin/users/00000000-0000-0000-0000-000000000001", null, 404, "user_not_found")]
    [InlineData("GET", "/admin/users?page=0", null, 400, "validation_failed")]
    [InlineData("GET", "/admin/users?per_page=100000", null, 400, "validation_failed")]
    [InlineData("POST", "/admin/generate_link", "{\"type\": \"recovery\", \"email\": \"nobody@example.com\"}", 404, "user_not_found")]
    [InlineData("POST", "/admin/generate_link", "{\"type\": \"email_change_new\", \"email\": \"nobody@example.com\", \"new_email\": \"x@example.com\"}", 404, "user_not_found")]
    [InlineData("POST", "/admin/generate_link", "{\"type\": \"email_change_new\", \"email\": \"nobody@example.com\", \"new_email\": \"not an address\"}", 400, "validation_failed")]
    [InlineData("POST", "/invite", "{\"email\": \"not an address\"}", 400, "validation_failed")]
    [InlineData("POST", "/invite", "{\"email\": [1]}", 400, "bad_json")]
    [InlineData("POST", "/admin/generate_link", "{\"type\": \"bogus\", \"email\": \"a@example.com\"}", 400, "validation_failed")]
    [InlineData("POST", "/admin/keys", "{\"name\": \"k\", \"role\": \"service_role; DROP TABLE auth_api_keys\"}", 400, "validation_failed")]
    [InlineData("POST", "/admin/keys", "{\"role\": \"anon\"}", 400, "validation_failed")]
    [InlineData("POST", "/admin/keys", "{\"name\": \"k\", \"role\": \"anon\", \"expires_at\": \"2001-01-01T00:00:00Z\"}", 400, "validation_failed")]
    [InlineData("POST", "/admin/keys", "{\"name\": \"k\", \"role\": \"anon\", \"expires_at\": \"soon\"}", 400, "validation_failed")]
    [InlineData("DELETE", "/admin/keys/nope", null, 404, "api_key_not_found")]
    public async Task Bad_input_gets_its_error_and_changes_nothing(string method, string path, string? body, int status, string code)
    {
        await using var auth = await AuthServer.StartAsync();
        var (response, error) = await SendAsync(auth, new HttpMethod(method), path, body);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(code, response.Headers.GetValues("x-sb-error-code").Single());
        Assert.Equal(0, await auth.CountAsync("users"));
        Assert.Equal(0, await auth.CountAsync("api_keys"));
    }

    [Fact]
    public async Task A_generated_signup_link_confirms_the_user_without_mail()
    {
        await using var auth = await AuthServer.StartAsync();
        var (response, link) = await SendAsync(auth, HttpMethod.Post, "/admin/generate_link",
            new { type = "signup", email = "linked@example.com", password = "correct horse" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("signup", link.GetProperty("verification_type").GetString());
        Assert.Matches("^[0-9]{6}$", link.GetProperty("email_otp").GetString()!);
        Assert.Contains("/auth/v1/verify?token=", link.GetProperty("action_link").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await auth.CountAsync("mail_outbox"));
        var (verify, session) = await auth.PostAsync("/verify", new { type = "signup", token_hash = link.GetProperty("hashed_token").GetString() });
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Equal("linked@example.com", session.GetProperty("user").GetProperty("email").GetString());
        var (again, exists) = await SendAsync(auth, HttpMethod.Post, "/admin/generate_link", new { type = "signup", email = "linked@example.com", password = "correct horse" });
        Assert.Equal(422, (int)again.StatusCode);
        Assert.Equal("email_exists", exists.GetProperty("code").GetString());
    }

    internal static async Task<(HttpResponseMessage Response, JsonElement Json)> SendAsync(
        AuthServer auth, HttpMethod method, string path, object? body = null, string? bearer = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(method, "/auth/v1" + path);
        request.Headers.Add("apikey", apiKey ?? bearer ?? ServiceKey);
        request.Headers.Add("X-Supabase-Api-Version", "2024-01-01");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? ServiceKey);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        var response = await auth.Server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
