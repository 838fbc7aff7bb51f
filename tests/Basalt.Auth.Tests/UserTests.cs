using System.Text.Json.Nodes;
using Basalt.Auth.Accounts;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

public sealed class UserTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Metadata_is_merged_and_a_null_removes_a_key(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("meta@example.com");
        var who = await auth.WhoAsync(session.AccessToken.Token);

        var first = await auth.Service.Updates.UpdateAsync(who, new UserUpdateRequest(null, null, null, new JsonObject { ["a"] = 1, ["b"] = "two" }), Client, default);
        Assert.True(first.IsSuccess, first.Error?.ToString());
        var second = await auth.Service.Updates.UpdateAsync(await auth.WhoAsync(session.AccessToken.Token),
            new UserUpdateRequest(null, null, null, new JsonObject { ["a"] = null, ["c"] = new JsonObject { ["d"] = true } }), Client, default);

        Assert.Equal("""{"b":"two","c":{"d":true}}""", second.Value!.UserMetadata.ToJsonString());
        Assert.Equal("""{"b":"two","c":{"d":true}}""", (await auth.WhoAsync(session.AccessToken.Token)).User.UserMetadata.ToJsonString());
        Assert.Contains("user_modified", await auth.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_new_password_replaces_the_old_one_and_ends_the_other_sessions(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("pw@example.com");
        var other = (await auth.Service.Passwords.SignInAsync("pw@example.com", "correct horse", Client, default)).Value!;

        var updated = await auth.Service.Updates.UpdateAsync(await auth.WhoAsync(session.AccessToken.Token),
            new UserUpdateRequest(null, null, "battery staple", null), Client, default);
        Assert.True(updated.IsSuccess, updated.Error?.ToString());

        Assert.Equal("invalid_credentials", (await auth.Service.Passwords.SignInAsync("pw@example.com", "correct horse", Client, default)).Error!.Code);
        Assert.True((await auth.Service.Passwords.SignInAsync("pw@example.com", "battery staple", Client, default)).IsSuccess);
        Assert.Equal("session_not_found", (await auth.Service.Users.AuthenticateAsync(other.AccessToken.Token, default)).Error!.Code);
        Assert.True((await auth.Service.Users.AuthenticateAsync(session.AccessToken.Token, default)).IsSuccess);
        Assert.Contains("user_updated_password", await auth.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Same_and_weak_passwords_bad_emails_and_phones_are_refused_and_change_nothing(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("same@example.com");
        var who = await auth.WhoAsync(session.AccessToken.Token);

        Assert.Equal((422, "same_password"), Code(await auth.Service.Updates.UpdateAsync(who, new UserUpdateRequest(null, null, "correct horse", null), Client, default)));
        Assert.Equal((422, "weak_password"), Code(await auth.Service.Updates.UpdateAsync(who, new UserUpdateRequest(null, null, "short", null), Client, default)));
        Assert.Equal((400, "validation_failed"), Code(await auth.Service.Updates.UpdateAsync(who, new UserUpdateRequest("not an address", null, "other horse 2", null), Client, default)));
        Assert.Equal((400, "phone_provider_disabled"), Code(await auth.Service.Updates.UpdateAsync(who, new UserUpdateRequest(null, "+15550100", null, null), Client, default)));
        Assert.True((await auth.Service.Updates.UpdateAsync(who, new UserUpdateRequest("SAME@example.com", null, null, null), Client, default)).IsSuccess);
        Assert.True((await auth.Service.Passwords.SignInAsync("same@example.com", "correct horse", Client, default)).IsSuccess);
    }

    [Theory]
    [InlineData("local", 2)]
    [InlineData("others", 1)]
    [InlineData("global", 0)]
    [InlineData("", 0)]
    public async Task Sign_out_ends_the_sessions_its_scope_names(string scope, int remaining)
    {
        foreach (var engine in new[] { "sqlite", "postgres" })
        {
            await using var auth = await AuthHarness.StartAsync(engine);
            var session = await auth.SignedInAsync("out@example.com");
            await auth.Service.Passwords.SignInAsync("out@example.com", "correct horse", Client, default);
            await auth.Service.Passwords.SignInAsync("out@example.com", "correct horse", Client, default);

            Assert.Null(await auth.Service.SignOut.SignOutAsync(await auth.WhoAsync(session.AccessToken.Token), scope, Client, default));
            Assert.Equal(remaining, await auth.CountAsync("sessions"));
            var stillValid = (await auth.Service.Users.AuthenticateAsync(session.AccessToken.Token, default)).IsSuccess;
            Assert.Equal(scope == "others", stillValid);
            Assert.Contains("logout", await auth.AuditActionsAsync());
        }
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task An_unknown_scope_is_refused(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("scope@example.com");
        var error = await auth.Service.SignOut.SignOutAsync(await auth.WhoAsync(session.AccessToken.Token), "everyone", Client, default);
        Assert.Equal((400, "validation_failed"), (error!.Status, error.Code));
        Assert.Equal(1, await auth.CountAsync("sessions"));
    }

    private static (int, string) Code<T>(Basalt.Auth.Errors.AuthResult<T> result) => (result.Error!.Status, result.Error.Code);
}
