using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Basalt.TestIssuer;

/// <summary>
/// A small OpenID Connect provider on 127.0.0.1 that stands in for Google, Keycloak and the rest in tests: discovery,
/// an <c>/authorize</c> that approves (or denies) <see cref="NextUser"/> without a login page, a <c>/token</c> that
/// checks the client, the code, the redirect URI and the PKCE verifier and returns an RS256 <c>id_token</c>, a
/// <c>/userinfo</c> and the <c>/jwks</c>. Codes live one minute and work once. Not a security component: tests only.
/// </summary>
public sealed class TestIssuerServer : IAsyncDisposable
{
    public const string ClientId = "basalt-test";
    public const string ClientSecret = "basalt-test-secret";
    private const string KeyId = "test-issuer-key";

    private readonly WebApplication app;
    private readonly RSA key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, IssuedCode> codes = new();
    private readonly ConcurrentDictionary<string, TestUser> accessTokens = new();

    private TestIssuerServer(WebApplication app) => this.app = app;

    /// <summary>The issuer URL (<c>http://127.0.0.1:port</c>), as its discovery document names it.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>Who the next <c>/authorize</c> signs in; tests change it between flows (also <c>POST /test/next-user</c>).</summary>
    public TestUser NextUser { get; set; } = TestUser.Default;

    public static async Task<TestIssuerServer> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
        var issuer = new TestIssuerServer(builder.Build());
        issuer.Map();
        await issuer.app.StartAsync();
        var address = issuer.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        issuer.Issuer = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return issuer;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        key.Dispose();
    }

    private void Map()
    {
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "/authorize",
            ["token_endpoint"] = Issuer + "/token",
            ["userinfo_endpoint"] = Issuer + "/userinfo",
            ["jwks_uri"] = Issuer + "/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
        }));
        app.MapGet("/jwks", Jwks);
        app.MapGet("/authorize", Authorize);
        app.MapPost("/token", TokenAsync);
        app.MapGet("/userinfo", UserInfo);
        app.MapPost("/test/next-user", async (HttpContext context) =>
        {
            NextUser = await context.Request.ReadFromJsonAsync<TestUser>() ?? TestUser.Default;
            return Results.NoContent();
        });
    }

    private IResult Jwks()
    {
        var parameters = key.ExportParameters(false);
        return Results.Json(new { keys = new[] { new { kty = "RSA", kid = KeyId, use = "sig", alg = "RS256", n = Base64Url(parameters.Modulus!), e = Base64Url(parameters.Exponent!) } } });
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        var redirectUri = query["redirect_uri"].ToString();
        if (query["client_id"] != ClientId || !Uri.TryCreate(redirectUri, UriKind.Absolute, out _) || query["response_type"] != "code")
        {
            return Results.BadRequest(new { error = "invalid_request" });
        }
        var state = Uri.EscapeDataString(query["state"].ToString());
        var user = NextUser;
        if (user.Deny)
        {
            return Results.Redirect($"{redirectUri}?error=access_denied&error_description=The+user+denied+access&state={state}");
        }
        var code = Base64Url(RandomNumberGenerator.GetBytes(24));
        codes[code] = new IssuedCode(user, ClientId, redirectUri, query["nonce"].ToString() is { Length: > 0 } n ? n : null,
            query["code_challenge"].ToString() is { Length: > 0 } c ? c : null, DateTimeOffset.UtcNow.AddMinutes(1));
        return Results.Redirect($"{redirectUri}?code={code}&state={state}&iss={Uri.EscapeDataString(Issuer)}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var (clientId, clientSecret) = Client(request, form);
        if (clientId != ClientId || clientSecret != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: 401);
        }
        if (form["grant_type"] != "authorization_code" || !codes.TryRemove(form["code"].ToString(), out var issued)
            || issued.ExpiresAt < DateTimeOffset.UtcNow || issued.RedirectUri != form["redirect_uri"])
        {
            return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
        }
        if (issued.CodeChallenge is { } challenge
            && Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != challenge)
        {
            return Results.Json(new { error = "invalid_grant", error_description = "PKCE verification failed" }, statusCode: 400);
        }
        var accessToken = Base64Url(RandomNumberGenerator.GetBytes(24));
        accessTokens[accessToken] = issued.User;
        return Results.Json(new { access_token = accessToken, token_type = "Bearer", expires_in = 3600, id_token = IdToken(issued) });
    }

    private IResult UserInfo(HttpRequest request)
    {
        var bearer = request.Headers.Authorization.ToString();
        return bearer.StartsWith("Bearer ", StringComparison.Ordinal) && accessTokens.TryGetValue(bearer[7..], out var user)
            ? Results.Json(Claims(user))
            : Results.Json(new { error = "invalid_token" }, statusCode: 401);
    }

    private string IdToken(IssuedCode issued)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = Claims(issued.User);
        claims["iss"] = Issuer;
        claims["aud"] = issued.ClientId;
        claims["iat"] = now;
        claims["exp"] = now + 300;
        if (issued.Nonce is { } nonce)
        {
            claims["nonce"] = nonce;
        }
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "RS256", kid = KeyId, typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = key.SignData(Encoding.ASCII.GetBytes(header + "." + payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return header + "." + payload + "." + Base64Url(signature);
    }

    private static Dictionary<string, object> Claims(TestUser user) => new()
    {
        ["sub"] = user.Subject,
        ["email"] = user.Email,
        ["email_verified"] = user.EmailVerified,
        ["name"] = user.Name,
        ["picture"] = "https://example.com/avatar/" + user.Subject + ".png",
    };

    private static (string? Id, string? Secret) Client(HttpRequest request, IFormCollection form)
    {
        var basic = request.Headers.Authorization.ToString();
        if (basic.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(basic[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }
        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
