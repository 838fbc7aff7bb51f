using System.Net;
using System.Text.Json;
using Basalt.Auth.Keys;
using Basalt.Spec.Settings;
using Microsoft.Data.Sqlite;

namespace Basalt.Server.Tests.Auth;

/// <summary>
/// SQL and quoting payloads in every field, path segment and query parameter of /auth/v1: each answer is a 2xx or a
/// 4xx with an error code (never a 500), no table is lost, and a value that is accepted is stored as written.
/// </summary>
public sealed class AuthInjectionHttpTests
{
    private static readonly string ServiceKey = ServiceKeys.Issue(AuthSettings.Default.Jwt, "testapp").ServiceRole;

    private static readonly string[] Payloads =
    [
        "' OR '1'='1",
        "x'); DROP TABLE auth_users; --",
        "\" OR \"\"=\"",
        "1; DELETE FROM auth_users",
        "%' UNION SELECT encrypted_password FROM auth_users --",
        "\\'; SELECT pg_sleep(5); --",
    ];

    [Fact]
    public async Task Every_field_of_every_endpoint_takes_sql_as_data()
    {
        await using var auth = await AuthServer.StartAsync(mfa: true);
        var session = await auth.SignedInAsync("victim@example.com");
        var bearer = session.GetProperty("access_token").GetString()!;
        var tables = await TableCountAsync(auth);

        foreach (var p in Payloads)
        {
            var q = Uri.EscapeDataString(p);
            var requests = new (HttpMethod Method, string Path, object? Body, string? Bearer, bool Service)[]
            {
                (HttpMethod.Post, "/signup", new { email = p, password = "correct horse" }, null, false),
                (HttpMethod.Post, "/signup", new { email = "victim@example.com", password = p, data = new Dictionary<string, string> { [p] = p } }, null, false),
                (HttpMethod.Post, "/token?grant_type=password", new { email = p, password = p }, null, false),
                (HttpMethod.Post, "/token?grant_type=password", new { email = "victim@example.com", password = p }, null, false),
                (HttpMethod.Post, $"/token?grant_type={q}", new { }, null, false),
                (HttpMethod.Post, "/token?grant_type=refresh_token", new { refresh_token = p }, null, false),
                (HttpMethod.Post, "/verify", new { type = "signup", token_hash = p }, null, false),
                (HttpMethod.Post, "/verify", new { type = p, token_hash = "x" }, null, false),
                (HttpMethod.Post, "/verify", new { type = "email", email = p, token = p }, null, false),
                (HttpMethod.Post, "/recover", new { email = p }, null, false),
                (HttpMethod.Post, "/otp", new { email = p }, null, false),
                (HttpMethod.Put, "/user", new { data = new { note = p } }, bearer, false),
                (HttpMethod.Post, $"/logout?scope={q}", null, bearer, false),
                (HttpMethod.Post, "/factors", new { factor_type = p, friendly_name = p }, bearer, false),
                (HttpMethod.Post, $"/factors/{q}/challenge", new { }, bearer, false),
                (HttpMethod.Post, $"/factors/{q}/verify", new { challenge_id = p, code = p }, bearer, false),
                (HttpMethod.Delete, $"/factors/{q}", null, bearer, false),
                (HttpMethod.Get, $"/admin/users/{q}", null, null, true),
                (HttpMethod.Put, $"/admin/users/{q}", new { user_metadata = new { } }, null, true),
                (HttpMethod.Delete, $"/admin/users/{q}", null, null, true),
                (HttpMethod.Get, $"/admin/users?page={q}&per_page={q}", null, null, true),
                (HttpMethod.Post, "/admin/generate_link", new { type = p, email = p }, null, true),
                (HttpMethod.Delete, $"/admin/keys/{q}", null, null, true),
            };
            foreach (var (method, path, body, token, service) in requests)
            {
                var request = auth.Request(method, path, body, service ? ServiceKey : token);
                if (service)
                {
                    request.Headers.Remove("apikey");
                    request.Headers.Add("apikey", ServiceKey);
                }
                var response = await auth.Server.Client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                Assert.True(status is >= 200 and < 500, $"{method} {path} with {p}: {status} {text}");
                if (status >= 400)
                {
                    Assert.True(JsonDocument.Parse(text).RootElement.TryGetProperty("code", out _), $"{method} {path}: {text}");
                }
            }

            // Accepted data comes back exactly as it was sent.
            var (me, user) = await auth.SendAsync(auth.Request(HttpMethod.Get, "/user", bearer: bearer));
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Equal(p, user.GetProperty("user_metadata").GetProperty("note").GetString());
        }

        Assert.Equal(tables, await TableCountAsync(auth));
        Assert.Equal(1, await auth.CountAsync("users"));
        var (signIn, _) = await auth.PostAsync("/token?grant_type=password", new { email = "victim@example.com", password = "correct horse" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    private static async Task<long> TableCountAsync(AuthServer auth)
    {
        await using var connection = await auth.Server.Database.OpenAsync();
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
