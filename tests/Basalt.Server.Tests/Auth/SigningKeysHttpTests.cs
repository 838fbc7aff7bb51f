using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Basalt.Auth.Keys;
using Basalt.Auth.Passwords;
using Basalt.Server.Tests.Support;
using Basalt.Spec;
using Basalt.Spec.Loading;
using Basalt.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Server.Tests.Auth;

/// <summary>
/// A spec whose current key is ES256 (from a PEM file) with a previous RS256 key (from the environment), over HTTP:
/// sessions are signed with it, /rest/v1 and /auth/v1 accept them, and the JWKS verifies them.
/// </summary>
public sealed class SigningKeysHttpTests : IAsyncDisposable
{
    private const string Spec = """
        version: 1
        name: keyed
        auth:
          email: { confirm: false }
          jwt:
            secret: 0123456789abcdef0123456789abcdef-keyed
            signing_keys:
              - { kid: key-a, alg: ES256, status: current, private_key_file: keys/a.pem }
              - { kid: key-r, alg: RS256, status: previous, private_key: "${RSA_KEY}" }
        tables:
          notes:
            columns:
              id: { type: bigint, primary: true, generated: identity }
              owner_id: { type: uuid, default: auth.uid() }
              body: { type: text }
            policies:
              select: "owner_id = auth.uid()"
              insert: "owner_id = auth.uid()"

        """;

    private readonly TempDirectory temp = new("basalt-signing-keys");
    private BasaltServer? server;
    private HttpClient? client;
    private string anonKey = "";

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
        temp.Dispose();
    }

    private async Task<HttpClient> StartAsync()
    {
        temp.Write("keys/a.pem", TestSigningKeys.EcSec1);
        var loaded = SpecLoader.LoadFile(temp.Write("basalt.yaml", Spec), new Dictionary<string, string?> { ["RSA_KEY"] = TestSigningKeys.RsaPkcs8 });
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var spec = loaded.Spec!;
        var database = new SqliteFileDatabase(temp.File("keyed.db"), asInProduction: true);
        await MigrateAsync(database, spec);
        server = BasaltServer.Build(spec, database, new ServerOptions
        {
            Port = 0,
            MigrationStatus = _ => Task.FromResult(MigrationStatuses.UpToDate(applied: 1)),
            ConfigureLogging = new CapturedLog().AttachTo,
            ConfigureAuth = o => o with { PasswordHashing = new Argon2idParameters(1024, 1, 1) },
        });
        await server.StartAsync();
        anonKey = ServiceKeys.Issue(spec.Auth.Jwt, spec.Name).Anon;
        client = new HttpClient { BaseAddress = server.BoundUrl };
        return client;
    }

    [Fact]
    public async Task A_session_signed_with_es256_is_accepted_by_rest_and_auth_and_verified_by_the_jwks()
    {
        var http = await StartAsync();
        var token = await SignUpAsync(http, "es@example.com");
        var other = await SignUpAsync(http, "other@example.com");

        var header = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.Split('.')[0])).RootElement;
        Assert.Equal(("ES256", "key-a"), (header.GetProperty("alg").GetString(), header.GetProperty("kid").GetString()));

        using var insert = await http.SendAsync(Rest(HttpMethod.Post, "/rest/v1/notes", token, new { body = "mine" }));
        Assert.Equal(HttpStatusCode.Created, insert.StatusCode);
        var mine = await ReadAsync(await http.SendAsync(Rest(HttpMethod.Get, "/rest/v1/notes?select=body,owner_id", token)));
        var userId = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.Split('.')[1])).RootElement.GetProperty("sub").GetString();
        Assert.Equal([("mine", userId)], mine.EnumerateArray().Select(n => (n.GetProperty("body").GetString(), n.GetProperty("owner_id").GetString())));
        Assert.Equal(0, (await ReadAsync(await http.SendAsync(Rest(HttpMethod.Get, "/rest/v1/notes", other)))).GetArrayLength());
        Assert.Equal(0, (await ReadAsync(await http.SendAsync(Rest(HttpMethod.Get, "/rest/v1/notes", anonKey)))).GetArrayLength());

        var user = await ReadAsync(await http.SendAsync(Auth(HttpMethod.Get, "/auth/v1/user", token)));
        Assert.Equal(userId, user.GetProperty("id").GetString());

        using var jwksResponse = await http.GetAsync(new Uri("/auth/v1/.well-known/jwks.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, jwksResponse.StatusCode);
        Assert.Equal("public, max-age=600", jwksResponse.Headers.CacheControl?.ToString());
        var jwksText = await jwksResponse.Content.ReadAsStringAsync();
        var jwks = new JsonWebKeySet(jwksText);
        Assert.Equal(["key-a", "key-r"], jwks.Keys.Select(k => k.Kid));
        Assert.DoesNotContain("\"d\"", jwksText, StringComparison.Ordinal);
        var verified = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidAudience = "authenticated",
            ValidIssuer = server!.BoundUrl + "auth/v1",
        });
        Assert.True(verified.IsValid, verified.Exception?.Message);
    }

    [Fact]
    public async Task A_token_under_an_unknown_kid_is_refused_by_rest_and_auth()
    {
        var http = await StartAsync();
        var token = await SignUpAsync(http, "kid@example.com");
        var parts = token.Split('.');
        var forged = Base64UrlEncoder.Encode("""{"alg":"ES256","kid":"retired","typ":"JWT"}""") + "." + parts[1] + "." + parts[2];

        using var rest = await http.SendAsync(Rest(HttpMethod.Get, "/rest/v1/notes", forged));
        var restError = await ReadAsync(rest, HttpStatusCode.Unauthorized);
        Assert.Equal(("PGRST301", "No suitable key or wrong key type", "No suitable key was found to decode the JWT"),
            (restError.GetProperty("code").GetString(), restError.GetProperty("message").GetString(), restError.GetProperty("details").GetString()));

        using var auth = await http.SendAsync(Auth(HttpMethod.Get, "/auth/v1/user", forged));
        Assert.Equal("bad_jwt", (await ReadAsync(auth, HttpStatusCode.Forbidden)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task With_hs256_only_the_jwks_is_empty_and_needs_no_api_key()
    {
        await using var auth = await AuthServer.StartAsync();

        using var response = await auth.Server.Client.GetAsync(new Uri("/auth/v1/.well-known/jwks.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"keys":[]}""", await response.Content.ReadAsStringAsync());
    }

    private async Task<string> SignUpAsync(HttpClient http, string email)
    {
        using var request = Auth(HttpMethod.Post, "/auth/v1/signup", anonKey);
        request.Content = JsonContent.Create(new { email, password = "correct horse" });
        var session = await ReadAsync(await http.SendAsync(request));
        return session.GetProperty("access_token").GetString()!;
    }

    private HttpRequestMessage Auth(HttpMethod method, string path, string bearer)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("apikey", anonKey);
        request.Headers.Add("X-Supabase-Api-Version", "2024-01-01");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return request;
    }

    private HttpRequestMessage Rest(HttpMethod method, string path, string bearer, object? body = null)
    {
        var request = Auth(method, path, bearer);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return request;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }

    private static async Task MigrateAsync(SqliteFileDatabase database, AppSpec spec)
    {
        await using var connection = await database.OpenAsync();
        foreach (var statement in database.Dialect.RenderMigration(Basalt.Migrations.Diffing.SchemaDiffer.Diff(Basalt.Spec.Schema.DatabaseSchema.Empty, spec.Schema)))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }
    }
}
