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
    public async Task An_unverified_address_is_refused_for_an_existing_and_for_a_new_user_and_writes_nothing(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("owner@example.com");

        var refused = await auth.Service.External.CompleteAsync(Profile("owner@example.com", verified: false), null, Client, default);
        var fresh = await auth.Service.External.CompleteAsync(Profile("new@example.com", verified: false, subject: "sub-2"), null, Client, default);

        Assert.Equal("email_exists", refused.Error?.Code);
        Assert.Equal((422, "provider_email_needs_verification"), (fresh.Error!.Status, fresh.Error.Code));
        Assert.Equal(1L, await auth.CountAsync("users"));
        Assert.Equal(0L, await auth.CountAsync("identities"));

        // Once the provider vouches for it, the same account signs in as a new user.
        var verified = await auth.Service.External.CompleteAsync(Profile("new@example.com", verified: true, subject: "sub-2"), null, Client, default);
        Assert.NotNull(verified.Value!.Session!.User.EmailConfirmedAt);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task The_provider_token_waits_sealed_in_the_flow_and_comes_with_the_exchanged_session(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var pkce = PkceChallenge.Parse(Challenge, "S256").Value!;
        var signIn = await auth.Service.External.CompleteAsync(Profile() with { ProviderToken = "gho_provider-secret-token" }, pkce, Client, default);

        var stored = (string)(await auth.ScalarAsync($"SELECT provider_access_token FROM {auth.Table("flow_state")}"))!;
        Assert.StartsWith("v1:", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("provider-secret", stored, StringComparison.Ordinal);

        var session = await auth.Service.Pkce.ExchangeAsync(signIn.Value!.AuthCode, Verifier, Client, default);
        Assert.Equal("gho_provider-secret-token", session.Value!.ProviderToken);
        Assert.Equal(0L, await auth.CountAsync("flow_state"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Each_sign_in_merges_the_provider_profile_into_user_metadata_and_keeps_the_apps_keys(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var first = await auth.Service.External.CompleteAsync(Profile(), null, Client, default);
        var who = await auth.WhoAsync(first.Value!.Session!.AccessToken.Token);
        await auth.Service.Updates.UpdateAsync(who, new UserUpdateRequest(null, null, null, new JsonObject { ["theme"] = "dark" }), Client, default);

        var renamed = new ExternalProfile("testidp", "sub-1", "ext@example.com", true, new JsonObject { ["name"] = "New Name" });
        var again = await auth.Service.External.CompleteAsync(renamed, null, Client, default);

        var metadata = again.Value!.Session!.User.UserMetadata;
        Assert.Equal("New Name", metadata["name"]!.GetValue<string>());
        Assert.Equal("dark", metadata["theme"]!.GetValue<string>());
        Assert.Equal("New Name", (await auth.WhoAsync(again.Value.Session.AccessToken.Token)).User.UserMetadata["name"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_banned_user_is_refused_before_anything_is_linked(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("banned@example.com");
        var ban = await auth.Service.AdminUsers.UpdateAsync(session.User.Id,
            new Basalt.Auth.Admin.AdminUserRequest(null, null) { BanDuration = "24h" }, Client, default);
        Assert.True(ban.IsSuccess, ban.Error?.ToString());

        var refused = await auth.Service.External.CompleteAsync(Profile("banned@example.com"), null, Client, default);
        Assert.Equal("user_banned", refused.Error?.Code);
        Assert.Equal(0L, await auth.CountAsync("identities"));
        Assert.Equal(0L, await auth.CountAsync("users", "CAST(raw_app_meta_data AS TEXT) LIKE '%testidp%'"));
    }
}
