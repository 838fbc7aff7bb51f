using System.Net;
using System.Security.Cryptography;
using System.Text;
using Basalt.Auth.RateLimiting;
using Basalt.Spec.Settings;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Server.Tests.Auth;

/// <summary>Bad requests to /auth/v1: each gets GoTrue's error in the body format the client asked for, and changes nothing.</summary>
public sealed class AuthBadInputHttpTests
{
    [Fact]
    public async Task Errors_are_code_and_message_for_versioned_clients_and_the_legacy_body_otherwise()
    {
        await using var auth = await AuthServer.StartAsync();
        var body = new { email = "nobody@example.com", password = "whatever1" };

        var (versioned, v) = await auth.SendAsync(auth.Request(HttpMethod.Post, "/token?grant_type=password", body));
        Assert.Equal(HttpStatusCode.BadRequest, versioned.StatusCode);
        Assert.Equal("""{"code":"invalid_credentials","message":"Invalid login credentials"}""", v.GetRawText());
        Assert.Equal("2024-01-01", versioned.Headers.GetValues("X-Supabase-Api-Version").Single());
        Assert.Equal("invalid_credentials", versioned.Headers.GetValues("x-sb-error-code").Single());

        var (legacy, l) = await auth.SendAsync(auth.Request(HttpMethod.Post, "/token?grant_type=password", body, versioned: false));
        Assert.Equal("""{"code":400,"error_code":"invalid_credentials","msg":"Invalid login credentials"}""", l.GetRawText());
        Assert.False(legacy.Headers.Contains("X-Supabase-Api-Version"));
    }

    [Fact]
    public async Task A_weak_password_carries_its_reasons()
    {
        await using var auth = await AuthServer.StartAsync();
        var (response, error) = await auth.PostAsync("/signup", new { email = "weak@example.com", password = "abc" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("weak_password", error.GetProperty("code").GetString());
        Assert.Equal("length", error.GetProperty("weak_password").GetProperty("reasons")[0].GetString());
        Assert.Equal(0, await auth.CountAsync("users"));
    }

    [Fact]
    public async Task Requests_without_a_project_key_are_refused_but_mail_links_and_health_are_open()
    {
        await using var auth = await AuthServer.StartAsync();
        var (none, error) = await auth.SendAsync(auth.Request(HttpMethod.Post, "/signup", new { email = "k@example.com", password = "correct horse" }, apiKey: false));
        Assert.Equal((HttpStatusCode.Unauthorized, "no_authorization"), (none.StatusCode, error.GetProperty("code").GetString()));

        var forged = auth.Request(HttpMethod.Get, "/settings", apiKey: false);
        forged.Headers.Add("apikey", Forge("""{"role":"anon"}""", "another-secret-of-at-least-32-characters!!"));
        var (refused, _) = await auth.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(0, await auth.CountAsync("users"));

        Assert.Equal(HttpStatusCode.OK, (await auth.Server.Client.GetAsync("/auth/v1/health")).StatusCode);
        var link = await auth.Links.GetAsync("/auth/v1/verify?token=nope&type=signup");
        Assert.Equal(HttpStatusCode.SeeOther, link.StatusCode);
    }

    [Theory]
    [InlineData("{", "bad_json")]
    [InlineData("[1,2]", "bad_json")]
    [InlineData("\"text\"", "bad_json")]
    [InlineData("""{"email": 42, "password": "correct horse"}""", "bad_json")]
    [InlineData("""{"email": "a@example.com", "password": ["x"]}""", "bad_json")]
    [InlineData("""{"email": "a@example.com", "password": "correct horse", "data": "not an object"}""", "bad_json")]
    [InlineData("""{"email": "a@example.com'; DROP TABLE auth_users; --", "password": "correct horse"}""", "validation_failed")]
    public async Task Malformed_bodies_are_400_and_change_nothing(string body, string code)
    {
        await using var auth = await AuthServer.StartAsync();
        var (response, error) = await auth.PostAsync("/signup", body);
        Assert.Equal((HttpStatusCode.BadRequest, code), (response.StatusCode, error.GetProperty("code").GetString()));
        Assert.Equal(0, await auth.CountAsync("users"));
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        await using var auth = await AuthServer.StartAsync();
        var big = new { email = "big@example.com", password = "correct horse", data = new { blob = new string('x', 70_000) } };
        var (response, error) = await auth.PostAsync("/signup", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("request_too_large", error.GetProperty("code").GetString());
        Assert.Equal(0, await auth.CountAsync("users"));
    }

    [Fact]
    public async Task Bad_bearer_tokens_on_user_are_refused()
    {
        await using var auth = await AuthServer.StartAsync();
        var session = await auth.SignedInAsync("bearer@example.com");
        var good = session.GetProperty("access_token").GetString()!;
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(good.Split('.')[1]));
        var secret = AuthSettings.Default.Jwt.Secret;
        var cases = new (string? Token, HttpStatusCode Status, string Code)[]
        {
            (Forge(payload, "another-secret-of-at-least-32-characters!!"), HttpStatusCode.Forbidden, "bad_jwt"),
            (Forge(payload.Replace("\"aud\":\"authenticated\"", "\"aud\":\"elsewhere\"", StringComparison.Ordinal), secret), HttpStatusCode.Forbidden, "bad_jwt"),
            (Forge("""{"sub":"00000000-0000-0000-0000-000000000001","exp":1,"aud":"authenticated"}""", secret), HttpStatusCode.Forbidden, "bad_jwt"),
            (Base64UrlEncoder.Encode("""{"alg":"none"}""") + "." + good.Split('.')[1] + ".", HttpStatusCode.Forbidden, "bad_jwt"),
            ("garbage", HttpStatusCode.Forbidden, "bad_jwt"),
            (auth.AnonKey, HttpStatusCode.Forbidden, "bad_jwt"),
        };
        foreach (var (token, status, code) in cases)
        {
            var (response, error) = await auth.SendAsync(auth.Request(HttpMethod.Get, "/user", bearer: token));
            Assert.Equal((status, code), (response.StatusCode, error.GetProperty("code").GetString()));
            var (put, _) = await auth.SendAsync(auth.Request(HttpMethod.Put, "/user", new { data = new { hacked = true } }, bearer: token));
            Assert.Equal(status, put.StatusCode);
        }
        var noHeader = auth.Request(HttpMethod.Get, "/user");
        noHeader.Headers.Authorization = null;
        var (missing, missingError) = await auth.SendAsync(noHeader);
        Assert.Equal((HttpStatusCode.Unauthorized, "no_authorization"), (missing.StatusCode, missingError.GetProperty("code").GetString()));

        var (me, body) = await auth.SendAsync(auth.Request(HttpMethod.Get, "/user", bearer: good));
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("{}", body.GetProperty("user_metadata").GetRawText());
    }

    [Fact]
    public async Task Too_many_sign_ins_from_one_ip_are_429_with_retry_after()
    {
        var rule = new RateLimitRule(3, TimeSpan.FromMinutes(5));
        var limits = AuthRateLimits.Default with { SignInPerIp = rule };
        await using var auth = await AuthServer.StartAsync(limits: limits);
        for (var i = 0; i < 3; i++)
        {
            var (ok, _) = await auth.PostAsync("/token?grant_type=password", new { email = $"x{i}@example.com", password = "whatever1" });
            Assert.Equal(HttpStatusCode.BadRequest, ok.StatusCode);
        }
        var (limited, error) = await auth.PostAsync("/token?grant_type=password", new { email = "y@example.com", password = "whatever1" });
        Assert.Equal((HttpStatusCode.TooManyRequests, "over_request_rate_limit"), (limited.StatusCode, error.GetProperty("code").GetString()));
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 300);
    }

    [Fact]
    public async Task Unknown_grants_types_and_scopes_are_validation_failed()
    {
        await using var auth = await AuthServer.StartAsync();
        var (grant, grantError) = await auth.PostAsync("/token?grant_type=magic", new { });
        Assert.Equal((HttpStatusCode.BadRequest, "validation_failed"), (grant.StatusCode, grantError.GetProperty("code").GetString()));
        var (type, typeError) = await auth.PostAsync("/verify", new { type = "teleport", token_hash = "x" });
        Assert.Equal((HttpStatusCode.BadRequest, "validation_failed"), (type.StatusCode, typeError.GetProperty("code").GetString()));
        var session = await auth.SignedInAsync("scope@example.com");
        var (scope, scopeError) = await auth.SendAsync(auth.Request(HttpMethod.Post, "/logout?scope=all", bearer: session.GetProperty("access_token").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "validation_failed"), (scope.StatusCode, scopeError.GetProperty("code").GetString()));
        Assert.Equal(1, await auth.CountAsync("sessions"));
    }

    [Fact]
    public async Task A_browser_preflight_is_answered_with_the_exposed_headers()
    {
        await using var auth = await AuthServer.StartAsync();
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/auth/v1/token?grant_type=password");
        preflight.Headers.Add("Origin", "http://app.test");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "apikey,authorization,content-type,x-supabase-api-version");
        var response = await auth.Server.Client.SendAsync(preflight);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var request = auth.Request(HttpMethod.Get, "/settings");
        request.Headers.Add("Origin", "http://app.test");
        var actual = await auth.Server.Client.SendAsync(request);
        Assert.Contains("x-sb-error-code", actual.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    private static string Forge(string payload, string secret)
    {
        var input = Base64UrlEncoder.Encode("""{"alg":"HS256","typ":"JWT"}""") + "." + Base64UrlEncoder.Encode(payload);
        return input + "." + Base64UrlEncoder.Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(input)));
    }
}
