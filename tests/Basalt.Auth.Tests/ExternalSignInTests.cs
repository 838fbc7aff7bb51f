using System.Text.Json.Nodes;
using Basalt.Auth.Accounts;
using Basalt.Auth.Sessions;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

/// <summary>Provider sign-ins and the PKCE code exchange on both engines.</summary>
public sealed class ExternalSignInTests
{
    private const string Verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private const string Challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    private static readonly AuthClient Client = AuthHarness.Client;

    private static ExternalProfile Profile(string email = "ext@example.com", bool verified = true, string subject = "sub-1") =>
        new("testidp", subject, email, verified, new JsonObject { ["name"] = "Ext User" });

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_pkce_code_is_exchanged_once_with_its_verifier_within_five_minutes(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var pkce = PkceChallenge.Parse(Challenge, "S256").Value!;

        var first = await auth.Service.External.CompleteAsync(Profile(), pkce, Client, default);
        var session = await auth.Service.Pkce.ExchangeAsync(first.Value!.AuthCode, Verifier, Client, default);
        var again = await auth.Service.Pkce.ExchangeAsync(first.Value.AuthCode, Verifier, Client, default);
        var late = await auth.Service.External.CompleteAsync(Profile(), pkce, Client, default);
        auth.Time.Advance(PkceGrant.FlowLifetime + TimeSpan.FromSeconds(1));
        var expired = await auth.Service.Pkce.ExchangeAsync(late.Value!.AuthCode, Verifier, Client, default);

        Assert.True(session.IsSuccess, session.Error?.ToString());
        Assert.Equal("testidp", Assert.Single(session.Value.Identities).Provider);
        Assert.Equal("flow_state_not_found", again.Error?.Code);
        Assert.Equal("flow_state_expired", expired.Error?.Code);
        Assert.Equal(1L, await auth.CountAsync("users"));
        Assert.Equal(0L, await auth.CountAsync("flow_state"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_verified_provider_takes_over_an_unconfirmed_sign_up_and_drops_its_password(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.Service.SignUp.SignUpAsync(new SignUpRequest("ext@example.com", "squatter pass", null), Client, default);

        var result = await auth.Service.External.CompleteAsync(Profile(), null, Client, default);
        var password = await auth.Service.Passwords.SignInAsync("ext@example.com", "squatter pass", Client, default);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.NotNull(result.Value.Session!.User.EmailConfirmedAt);
        Assert.Equal("invalid_credentials", password.Error?.Code);
        Assert.Equal(1L, await auth.CountAsync("users"));
        Assert.Equal(["email", "testidp"], result.Value.Session.User.AppMetadata["providers"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task An_unverified_address_of_an_existing_user_is_refused_and_a_new_address_makes_a_user(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("owner@example.com");

        var refused = await auth.Service.External.CompleteAsync(Profile("owner@example.com", verified: false), null, Client, default);
        var fresh = await auth.Service.External.CompleteAsync(Profile("new@example.com", verified: false, subject: "sub-2"), null, Client, default);

        Assert.Equal("email_exists", refused.Error?.Code);
        Assert.True(fresh.IsSuccess);
        Assert.Null(fresh.Value!.Session!.User.EmailConfirmedAt);
        Assert.Equal(2L, await auth.CountAsync("users"));
        Assert.Equal(1L, await auth.CountAsync("identities"));
    }
}
