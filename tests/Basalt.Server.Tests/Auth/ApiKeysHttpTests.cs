using System.Net;
using System.Text.Json;

namespace Basalt.Server.Tests.Auth;

/// <summary>Opaque API keys through /auth/v1/admin/keys, and accepted as the apikey of /auth/v1.</summary>
public sealed class ApiKeysHttpTests
{
    [Fact]
    public async Task A_key_is_shown_once_listed_without_secret_works_as_apikey_and_stops_when_revoked()
    {
        await using var auth = await AuthServer.StartAsync();
        var (created, key) = await AdminHttpTests.SendAsync(auth, HttpMethod.Post, "/admin/keys", new { name = "ci", role = "service_role" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = key.GetProperty("key").GetString()!;
        Assert.StartsWith("bsk_", secret, StringComparison.Ordinal);
        Assert.Equal(secret[..8], key.GetProperty("prefix").GetString());
        var id = key.GetProperty("id").GetString()!;

        var (list, keys) = await AdminHttpTests.SendAsync(auth, HttpMethod.Get, "/admin/keys");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.False(keys.GetProperty("keys")[0].TryGetProperty("key", out _));
        Assert.DoesNotContain(secret, keys.GetRawText(), StringComparison.Ordinal);

        // A service_role key is an admin: as apikey and bearer, as supabase-js sends it.
        var (asAdmin, _) = await AdminHttpTests.SendAsync(auth, HttpMethod.Get, "/admin/users", bearer: secret);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        var (settings, _) = await AdminHttpTests.SendAsync(auth, HttpMethod.Get, "/settings", bearer: secret);
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);

        var (revoked, record) = await AdminHttpTests.SendAsync(auth, HttpMethod.Delete, "/admin/keys/" + id);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.NotEqual(JsonValueKind.Null, record.GetProperty("revoked_at").ValueKind);
        var (refused, error) = await AdminHttpTests.SendAsync(auth, HttpMethod.Get, "/settings", bearer: secret);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("bad_jwt", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_anon_key_opens_the_auth_api_but_not_the_admin_api_and_an_unknown_key_opens_nothing()
    {
        await using var auth = await AuthServer.StartAsync();
        var (_, key) = await AdminHttpTests.SendAsync(auth, HttpMethod.Post, "/admin/keys", new { name = "web", role = "anon" });
        var secret = key.GetProperty("key").GetString()!;
        var (settings, _) = await AdminHttpTests.SendAsync(auth, HttpMethod.Get, "/settings", bearer: secret);
        Assert.Equal(HttpStatusCode.OK, settings.StatusCode);
        var (admin, notAdmin) = await AdminHttpTests.SendAsync(auth, HttpMethod.Get, "/admin/keys", bearer: secret);
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Equal("not_admin", notAdmin.GetProperty("code").GetString());
        var (unknown, _) = await AdminHttpTests.SendAsync(auth, HttpMethod.Get, "/settings", bearer: "bsk_" + new string('A', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }
}
