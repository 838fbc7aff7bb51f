using Basalt.Auth.Tests.Support;
using Basalt.Spec.Settings;

namespace Basalt.Auth.Tests;

/// <summary>Every kind of bad token on the user endpoints: the documented error, and no user behind it.</summary>
public sealed class BearerTokenTests
{
    private const string OtherSecret = "another-secret-of-at-least-32-characters!!";

    public static TheoryData<string, string, int, string> BadTokens => new()
    {
        // engine, kind, status, code
        { "sqlite", "forged", 403, "bad_jwt" }, { "postgres", "forged", 403, "bad_jwt" },
        { "sqlite", "expired", 403, "bad_jwt" }, { "postgres", "expired", 403, "bad_jwt" },
        { "sqlite", "wrong audience", 403, "bad_jwt" }, { "postgres", "wrong audience", 403, "bad_jwt" },
        { "sqlite", "alg none", 403, "bad_jwt" }, { "postgres", "alg none", 403, "bad_jwt" },
        { "sqlite", "HS512", 403, "bad_jwt" }, { "postgres", "HS512", 403, "bad_jwt" },
        { "sqlite", "malformed", 403, "bad_jwt" }, { "postgres", "malformed", 403, "bad_jwt" },
        { "sqlite", "no exp", 403, "bad_jwt" }, { "postgres", "no exp", 403, "bad_jwt" },
        { "sqlite", "no sub (the anon key)", 403, "bad_jwt" }, { "postgres", "no sub (the anon key)", 403, "bad_jwt" },
        { "sqlite", "sub not a uuid", 400, "bad_jwt" }, { "postgres", "sub not a uuid", 400, "bad_jwt" },
        { "sqlite", "unknown user", 403, "user_not_found" }, { "postgres", "unknown user", 403, "user_not_found" },
        { "sqlite", "unknown session", 403, "session_not_found" }, { "postgres", "unknown session", 403, "session_not_found" },
        { "sqlite", "empty", 401, "no_authorization" }, { "postgres", "empty", 401, "no_authorization" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_bearer_token_is_refused(string engine, string kind, int status, string code)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("bearer@example.com");
        var good = session.AccessToken.Token;
        var secret = AuthSettings.Default.Jwt.Secret;
        var now = auth.Time.Now.ToUnixTimeSeconds();
        var token = kind switch
        {
            "forged" => Jwt.Resign(good, OtherSecret, new Dictionary<string, object?>()),
            "expired" => Jwt.Resign(good, secret, new Dictionary<string, object?> { ["exp"] = now - 3600, ["iat"] = now - 7200 }),
            "wrong audience" => Jwt.Resign(good, secret, new Dictionary<string, object?> { ["aud"] = "someone-else" }),
            "alg none" => good.Split('.')[0].Length > 0 ? Jwt.Resign(good, secret, new Dictionary<string, object?>(), alg: "none").Split('.')[0] + "." + good.Split('.')[1] + "." : "",
            "HS512" => Jwt.Resign(good, secret, new Dictionary<string, object?>(), alg: "HS512"),
            "malformed" => "not.a.jwt",
            "no exp" => Jwt.Resign(good, secret, new Dictionary<string, object?> { ["exp"] = null }),
            "no sub (the anon key)" => Basalt.Auth.Keys.ServiceKeys.Issue(AuthSettings.Default.Jwt, "test", auth.Time).Anon,
            "sub not a uuid" => Jwt.Resign(good, secret, new Dictionary<string, object?> { ["sub"] = "1 OR 1=1" }),
            "unknown user" => Jwt.Resign(good, secret, new Dictionary<string, object?> { ["sub"] = Guid.NewGuid().ToString("D") }),
            "unknown session" => Jwt.Resign(good, secret, new Dictionary<string, object?> { ["session_id"] = Guid.NewGuid().ToString("D") }),
            _ => "",
        };

        var result = await auth.Service.Users.AuthenticateAsync(token, default);
        Assert.False(result.IsSuccess, kind);
        Assert.Equal((status, code), (result.Error.Status, result.Error.Code));
    }
}
