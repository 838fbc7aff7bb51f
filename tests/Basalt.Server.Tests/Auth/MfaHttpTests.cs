using System.Text.Json;
using OtpNet;

namespace Basalt.Server.Tests.Auth;

public sealed class MfaHttpTests
{
    [Fact]
    public async Task Enroll_challenge_verify_and_unenroll_over_HTTP()
    {
        await using var auth = await AuthServer.StartAsync(mfa: true);
        var session = await auth.SignedInAsync("mfa@example.com");
        var token = session.GetProperty("access_token").GetString()!;

        var (enrolled, factor) = await auth.PostAsync("/factors", new { factor_type = "totp", friendly_name = "app" }, token);
        Assert.Equal(200, (int)enrolled.StatusCode);
        var id = factor.GetProperty("id").GetString()!;
        Assert.Equal(("totp", "app"), (factor.GetProperty("type").GetString(), factor.GetProperty("friendly_name").GetString()));
        var secret = factor.GetProperty("totp").GetProperty("secret").GetString()!;
        Assert.StartsWith("otpauth://totp/app.test:mfa%40example.com?", factor.GetProperty("totp").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Contains("<svg", factor.GetProperty("totp").GetProperty("qr_code").GetString(), StringComparison.Ordinal);

        var (_, user) = await auth.SendAsync(auth.Request(HttpMethod.Get, "/user", bearer: token));
        var listed = Assert.Single(user.GetProperty("factors").EnumerateArray());
        Assert.Equal((id, "unverified", "totp"), (listed.GetProperty("id").GetString(), listed.GetProperty("status").GetString(), listed.GetProperty("factor_type").GetString()));
        Assert.False(listed.TryGetProperty("secret", out _));

        var (challenged, challenge) = await auth.PostAsync($"/factors/{id}/challenge", new { }, token);
        Assert.Equal(200, (int)challenged.StatusCode);
        Assert.Equal(JsonValueKind.Number, challenge.GetProperty("expires_at").ValueKind);
        var code = new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(DateTime.UtcNow);
        var (verified, upgraded) = await auth.PostAsync($"/factors/{id}/verify", new { challenge_id = challenge.GetProperty("id").GetString(), code }, token);
        Assert.Equal(200, (int)verified.StatusCode);
        var aal2 = upgraded.GetProperty("access_token").GetString()!;
        Assert.Equal("verified", upgraded.GetProperty("user").GetProperty("factors")[0].GetProperty("status").GetString());
        Assert.Contains("\"aal\":\"aal2\"", Payload(aal2), StringComparison.Ordinal);

        var (removed, body) = await auth.SendAsync(auth.Request(HttpMethod.Delete, $"/factors/{id}", bearer: aal2));
        Assert.Equal(200, (int)removed.StatusCode);
        Assert.Equal(id, body.GetProperty("id").GetString());
        Assert.Equal(0, await auth.CountAsync("mfa_factors"));
    }

    [Fact]
    public async Task Bad_requests_get_GoTrues_errors_and_change_nothing()
    {
        await using var auth = await AuthServer.StartAsync(mfa: true);
        var token = (await auth.SignedInAsync("bad@example.com")).GetProperty("access_token").GetString()!;
        var (_, factor) = await auth.PostAsync("/factors", new { factor_type = "totp" }, token);
        var id = factor.GetProperty("id").GetString()!;

        await AssertErrorAsync(auth.PostAsync("/factors", "{\"factor_type\":", token), 400, "bad_json");
        await AssertErrorAsync(auth.PostAsync("/factors", new { factor_type = 7 }, token), 400, "bad_json");
        await AssertErrorAsync(auth.PostAsync("/factors", new { factor_type = "totp" }, auth.AnonKey), 403, "bad_jwt");
        await AssertErrorAsync(auth.PostAsync("/factors/not-a-uuid/challenge", new { }, token), 404, "validation_failed");
        await AssertErrorAsync(auth.PostAsync($"/factors/{Guid.NewGuid()}/challenge", new { }, token), 404, "mfa_factor_not_found");
        await AssertErrorAsync(auth.PostAsync($"/factors/{id}/verify", new { challenge_id = "nope", code = "123456" }, token), 400, "bad_json");
        await AssertErrorAsync(auth.PostAsync($"/factors/{id}/verify", new { challenge_id = Guid.NewGuid() }, token), 400, "validation_failed");
        await AssertErrorAsync(auth.PostAsync($"/factors/{id}/verify", new { challenge_id = Guid.NewGuid(), code = "123456" }, token), 422, "mfa_factor_not_found");
        Assert.Equal(1, await auth.CountAsync("mfa_factors"));
        Assert.Equal(0, await auth.CountAsync("mfa_challenges"));
    }

    [Fact]
    public async Task With_totp_off_enroll_is_mfa_totp_enroll_not_enabled()
    {
        await using var auth = await AuthServer.StartAsync();
        var token = (await auth.SignedInAsync("off@example.com")).GetProperty("access_token").GetString()!;
        await AssertErrorAsync(auth.PostAsync("/factors", new { factor_type = "totp" }, token), 422, "mfa_totp_enroll_not_enabled");
        Assert.Equal(0, await auth.CountAsync("mfa_factors"));
    }

    private static async Task AssertErrorAsync(Task<(HttpResponseMessage Response, JsonElement Json)> sent, int status, string code)
    {
        var (response, json) = await sent;
        Assert.Equal((status, code), ((int)response.StatusCode, json.GetProperty("code").GetString()));
        Assert.Equal(code, response.Headers.GetValues("x-sb-error-code").Single());
    }

    private static string Payload(string jwt) => System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(jwt.Split('.')[1]));
}
