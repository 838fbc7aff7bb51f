using System.Security.Cryptography;
using System.Text;
using Basalt.Auth.Accounts;
using Basalt.Auth.Tests.Support;
using Microsoft.IdentityModel.Tokens;

namespace Basalt.Auth.Tests;

/// <summary>
/// The mail flows of a PKCE client on both engines: a <c>pkce_</c> link gives a code, not a session; only the verifier
/// of the browser that asked turns it into one; <c>POST /verify</c> and implicit requests stay as they were.
/// </summary>
public sealed class MailPkceTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    private const string Verifier = "a-verifier-of-the-browser-that-asked-0123456789-abcdefgh";

    private static PkceChallenge Challenge(string verifier = Verifier) =>
        new(Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))), PkceChallenge.S256);

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_pkce_sign_up_link_gives_a_code_that_only_the_verifier_exchanges_once(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var signUp = await auth.Service.SignUp.SignUpAsync(new SignUpRequest("pkce@example.com", "correct horse", null) { Pkce = Challenge() }, Client, default);
        Assert.True(signUp.IsSuccess, signUp.Error?.ToString());
        var (token, _) = auth.LastConfirmation("pkce@example.com");
        Assert.StartsWith(MailPkce.TokenPrefix, token, StringComparison.Ordinal);

        var link = await auth.Service.Verification.VerifyLinkAsync("signup", token, Client, default);
        Assert.True(link.IsSuccess, link.Error?.ToString());
        Assert.Null(link.Value!.Session);
        Assert.Equal(0, await auth.CountAsync("sessions"));
        Assert.Equal(1, await auth.CountAsync("users", "email_confirmed_at IS NOT NULL"));

        var session = await auth.Service.Pkce.ExchangeAsync(link.Value.Code, Verifier, Client, default);
        Assert.True(session.IsSuccess, session.Error?.ToString());
        Assert.Equal("pkce@example.com", session.Value!.User.Email);
        Assert.Equal("flow_state_not_found", (await auth.Service.Pkce.ExchangeAsync(link.Value.Code, Verifier, Client, default)).Error!.Code);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_wrong_verifier_burns_the_code_and_a_vanished_flow_is_flow_state_not_found(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("thief@example.com");
        Assert.Null(await auth.Service.Recovery.RecoverAsync("thief@example.com", null, Client, Challenge(), default));
        var link = await auth.Service.Verification.VerifyLinkAsync("recovery", auth.LastConfirmation("thief@example.com").Token, Client, default);
        var wrong = await auth.Service.Pkce.ExchangeAsync(link.Value!.Code, Verifier.Replace('a', 'b'), Client, default);
        Assert.Equal("bad_code_verifier", wrong.Error!.Code);
        Assert.Equal("flow_state_not_found", (await auth.Service.Pkce.ExchangeAsync(link.Value.Code, Verifier, Client, default)).Error!.Code);

        auth.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await auth.Service.Recovery.RecoverAsync("thief@example.com", null, Client, Challenge(), default));
        await auth.ScalarAsync($"DELETE FROM {auth.Table("flow_state")}");
        var orphan = await auth.Service.Verification.VerifyLinkAsync("recovery", auth.LastConfirmation("thief@example.com").Token, Client, default);
        Assert.Equal("flow_state_not_found", orphan.Error!.Code);
        Assert.Equal(1, await auth.CountAsync("sessions"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Post_verify_of_a_pkce_token_and_implicit_requests_still_sign_in_directly(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.Service.SignUp.SignUpAsync(new SignUpRequest("both@example.com", "correct horse", null) { Pkce = Challenge() }, Client, default);
        var direct = await auth.Service.Verification.VerifyTokenAsync("signup", auth.LastConfirmation("both@example.com").Token, Client, default);
        Assert.True(direct.IsSuccess, direct.Error?.ToString());

        auth.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await auth.Service.MagicLinks.SendAsync(new OtpRequest("both@example.com", null, true, null, null), Client, default));
        var (token, _) = auth.LastConfirmation("both@example.com");
        Assert.False(MailPkce.IsPkceToken(token));
        Assert.NotNull((await auth.Service.Verification.VerifyLinkAsync("magiclink", token, Client, default)).Value!.Session);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task The_last_half_of_a_pkce_email_change_gives_the_code(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("from@example.com");
        var who = await auth.WhoAsync(session.AccessToken.Token);
        Assert.True((await auth.Service.Updates.UpdateAsync(who, new UserUpdateRequest("to@example.com", null, null, null) { Pkce = Challenge() }, Client, default)).IsSuccess);

        Assert.NotNull((await auth.Service.EmailChanges.VerifyLinkAsync(auth.LastConfirmation("from@example.com").Token, Client, default)).Value!.Message);
        var last = await auth.Service.EmailChanges.VerifyLinkAsync(auth.LastConfirmation("to@example.com").Token, Client, default);
        Assert.Null(last.Value!.Session);
        var exchanged = await auth.Service.Pkce.ExchangeAsync(last.Value.Code, Verifier, Client, default);
        Assert.Equal("to@example.com", exchanged.Value!.User.Email);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Flows_older_than_a_day_are_swept_when_another_is_written(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("stale@example.com");
        await auth.SignedInAsync("fresh@example.com");
        Assert.Null(await auth.Service.Recovery.RecoverAsync("stale@example.com", null, Client, Challenge(), default));
        auth.Time.Advance(TimeSpan.FromHours(25));
        Assert.Null(await auth.Service.Recovery.RecoverAsync("fresh@example.com", null, Client, Challenge(), default));
        Assert.Equal(1, await auth.CountAsync("flow_state"));
        Assert.Equal(0, await auth.CountAsync("flow_state", $"user_id = (SELECT id FROM {auth.Table("users")} WHERE email = 'stale@example.com')"));
    }

    [Theory]
    [InlineData("abc", "s256")]
    [InlineData(null, "s256")]
    [InlineData("a-challenge-that-is-long-enough-0123456789-abcdefgh", null)]
    [InlineData("a-challenge-that-is-long-enough-0123456789-abcdefgh", "md5")]
    [InlineData("a challenge with spaces that is long enough 0123456789", "plain")]
    public void A_half_or_malformed_challenge_is_refused(string? challenge, string? method) =>
        Assert.Equal((400, "validation_failed"), (MailPkce.FromBody(challenge, method).Error!.Status, MailPkce.FromBody(challenge, method).Error!.Code));
}
