using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Basalt.Auth.Keys;
using Basalt.Auth.Passwords;
using Basalt.Auth.RateLimiting;
using Basalt.Server.Tests.Support;
using Basalt.Spec.Schema;
using Basalt.Spec.Settings;
using Microsoft.Data.Sqlite;

namespace Basalt.Server.Tests.Auth;

/// <summary>
/// A running server with Basalt's auth tables on a SQLite file, and requests as auth-js sends them (apikey, the API
/// version header, JSON bodies). Hashing is cheap here; the rate limits are the defaults unless a test lowers them.
/// </summary>
internal sealed partial class AuthServer : IAsyncDisposable
{
    private AuthServer(RunningServer server, string anonKey)
    {
        Server = server;
        AnonKey = anonKey;
        Links = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Server.BoundUrl };
    }

    /// <summary>A client that does not follow redirects, to read where a mail link sends the browser.</summary>
    public HttpClient Links { get; }

    public RunningServer Server { get; }

    public string AnonKey { get; }

    public static async Task<AuthServer> StartAsync(bool confirm = true, AuthRateLimits? limits = null, bool mfa = false, string? redis = null,
        IReadOnlyList<System.Net.IPNetwork>? trustedProxies = null, string? smtp = null, IReadOnlyList<OAuthProviderSettings>? providers = null)
    {
        var settings = AuthSettings.Default with
        {
            Email = new EmailSettings(confirm, smtp), SiteUrl = "http://app.test", MfaTotp = mfa, Providers = providers ?? [],
        };
        var server = await RunningServer.StartAsync(
            new ServerOptions
            {
                ConfigureAuth = o => o with { PasswordHashing = new Argon2idParameters(1024, 1, 1), RateLimits = limits ?? o.RateLimits },
                TrustedProxies = trustedProxies ?? [],
            },
            schema: new DatabaseSchema(SystemTables.All), auth: settings, redis: redis);
        return new AuthServer(server, ServiceKeys.Issue(settings.Jwt, "testapp").Anon);
    }

    public HttpRequestMessage Request(HttpMethod method, string path, object? body = null, string? bearer = null, bool versioned = true, bool apiKey = true)
    {
        var request = new HttpRequestMessage(method, "/auth/v1" + path);
        if (apiKey)
        {
            request.Headers.Add("apikey", AnonKey);
        }
        if (versioned)
        {
            request.Headers.Add("X-Supabase-Api-Version", "2024-01-01");
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? AnonKey);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return request;
    }

    public async Task<(HttpResponseMessage Response, JsonElement Json)> SendAsync(HttpRequestMessage request)
    {
        var response = await Server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public Task<(HttpResponseMessage Response, JsonElement Json)> PostAsync(string path, object? body, string? bearer = null) =>
        SendAsync(Request(HttpMethod.Post, path, body, bearer));

    /// <summary>The link token of the last confirmation mail to <paramref name="email"/>, read from auth.mail_outbox.</summary>
    public async Task<string> ConfirmationTokenAsync(string email)
    {
        await using var connection = await Server.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body_text FROM auth_mail_outbox WHERE to_address = $to ORDER BY id DESC LIMIT 1";
        ((SqliteCommand)command).Parameters.AddWithValue("$to", email);
        var body = (string)(await command.ExecuteScalarAsync())!;
        return Uri.UnescapeDataString(TokenPattern().Match(body).Groups[1].Value);
    }

    public async Task<long> CountAsync(string table, string where = "1 = 1")
    {
        await using var connection = await Server.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM auth_{table} WHERE {where}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Signs up (confirming through the mail when needed) and signs in; returns the token response.</summary>
    public async Task<JsonElement> SignedInAsync(string email, string password = "correct horse")
    {
        var (signUp, _) = await PostAsync("/signup", new { email, password });
        Assert.Equal(200, (int)signUp.StatusCode);
        var (verify, session) = await PostAsync("/verify", new { type = "signup", token_hash = await ConfirmationTokenAsync(email) });
        Assert.Equal(200, (int)verify.StatusCode);
        return session;
    }

    public ValueTask DisposeAsync()
    {
        Links.Dispose();
        return Server.DisposeAsync();
    }

    [GeneratedRegex(@"[?&]token=([^&\s]+)")]
    private static partial Regex TokenPattern();
}
