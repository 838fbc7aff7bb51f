using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

public sealed class RefreshTests
{
    private static readonly AuthClient Client = AuthHarness.Client;

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_refresh_rotates_the_token_and_keeps_the_session(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("r@example.com");

        var refreshed = await auth.Service.Refresh.RefreshAsync(session.RefreshToken, Client, default);
        Assert.True(refreshed.IsSuccess, refreshed.Error?.ToString());
        Assert.NotEqual(session.RefreshToken, refreshed.Value.RefreshToken);
        Assert.Equal(session.SessionId, refreshed.Value.SessionId);
        Assert.Equal(session.SessionId.ToString("D"), Jwt.Payload(refreshed.Value.AccessToken.Token).GetProperty("session_id").GetString());
        Assert.Equal(2, await auth.CountAsync("refresh_tokens"));
        Assert.Equal(1, await auth.CountAsync("refresh_tokens", "parent IS NOT NULL"));
        Assert.Equal(0, await auth.CountAsync("refresh_tokens", $"token_hash = '{session.RefreshToken}'"));
        Assert.Contains("token_refreshed", await auth.AuditActionsAsync());

        var next = await auth.Service.Refresh.RefreshAsync(refreshed.Value.RefreshToken, Client, default);
        Assert.True(next.IsSuccess, next.Error?.ToString());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Reusing_a_rotated_token_after_the_reuse_interval_ends_the_whole_session(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("stolen@example.com");
        var other = await auth.Service.Passwords.SignInAsync("stolen@example.com", "correct horse", Client, default);
        var child = (await auth.Service.Refresh.RefreshAsync(session.RefreshToken, Client, default)).Value!;
        auth.Time.Advance(TimeSpan.FromSeconds(11));

        var replay = await auth.Service.Refresh.RefreshAsync(session.RefreshToken, Client, default);
        Assert.Equal((400, "refresh_token_already_used", "Invalid Refresh Token: Already Used"), (replay.Error!.Status, replay.Error.Code, replay.Error.Message));

        // The session is gone: its newest refresh token and its access tokens stop working; the user's other session lives.
        Assert.Equal("refresh_token_not_found", (await auth.Service.Refresh.RefreshAsync(child.RefreshToken, Client, default)).Error!.Code);
        var who = await auth.Service.Users.AuthenticateAsync(child.AccessToken.Token, default);
        Assert.Equal((403, "session_not_found"), (who.Error!.Status, who.Error.Code));
        Assert.Equal(0, await auth.CountAsync("sessions", $"id = '{session.SessionId:D}'"));
        Assert.True((await auth.Service.Refresh.RefreshAsync(other.Value!.RefreshToken, Client, default)).IsSuccess);
        Assert.Contains("token_revoked", await auth.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Reuse_within_the_interval_is_a_racing_client_and_gets_a_token(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("race@example.com");
        var first = await auth.Service.Refresh.RefreshAsync(session.RefreshToken, Client, default);
        auth.Time.Advance(TimeSpan.FromSeconds(5));
        var second = await auth.Service.Refresh.RefreshAsync(session.RefreshToken, Client, default);

        Assert.True(second.IsSuccess, second.Error?.ToString());
        Assert.NotEqual(first.Value!.RefreshToken, second.Value.RefreshToken);
        Assert.True((await auth.Service.Refresh.RefreshAsync(first.Value.RefreshToken, Client, default)).IsSuccess);
        Assert.Equal(1, await auth.CountAsync("sessions"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_token_unused_for_the_refresh_ttl_has_expired(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var session = await auth.SignedInAsync("idle@example.com");
        auth.Time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));

        var result = await auth.Service.Refresh.RefreshAsync(session.RefreshToken, Client, default);
        Assert.Equal((400, "session_expired"), (result.Error!.Status, result.Error.Code));
        Assert.Equal(0, await auth.CountAsync("sessions"));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Unknown_tokens_are_not_found(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        await auth.SignedInAsync("u@example.com");
        var result = await auth.Service.Refresh.RefreshAsync("not-a-token", Client, default);
        Assert.Equal((400, "refresh_token_not_found"), (result.Error!.Status, result.Error.Code));
        Assert.Equal(1, await auth.CountAsync("refresh_tokens"));
    }
}
