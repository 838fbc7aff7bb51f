using System.Text.Json.Nodes;
using Basalt.Auth.Admin;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

/// <summary>The admin users API's core on both engines: create, page, update (merge, ban, confirm), delete.</summary>
public sealed class AdminUserTests
{
    public static TheoryData<string> Engines => AuthHarness.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Create_page_update_and_delete(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var admin = auth.Service.AdminUsers;
        var created = await admin.CreateAsync(new AdminUserRequest("Made@Example.com", "correct horse")
        {
            EmailConfirm = true,
            UserMetadata = new JsonObject { ["name"] = "Ada" },
            AppMetadata = new JsonObject { ["roles"] = new JsonArray("editor") },
        }, AuthHarness.Client, default);
        Assert.True(created.IsSuccess, created.Error?.ToString());
        var user = created.Value;
        Assert.Equal("made@example.com", user.Email);
        Assert.True(user.IsEmailConfirmed);
        Assert.Equal("editor", user.AppMetadata["roles"]![0]!.GetValue<string>());
        Assert.True((await auth.Service.Passwords.SignInAsync("made@example.com", "correct horse", AuthHarness.Client, default)).IsSuccess);

        auth.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await admin.CreateAsync(new AdminUserRequest("two@example.com", null), AuthHarness.Client, default)).IsSuccess);
        Assert.Equal("email_exists", (await admin.CreateAsync(new AdminUserRequest("made@example.com", null), AuthHarness.Client, default)).Error?.Code);
        var (first, total) = await admin.ListAsync(1, 1, default);
        Assert.Equal(2, total);
        Assert.Equal("two@example.com", Assert.Single(first).Email);
        Assert.Equal("made@example.com", Assert.Single((await admin.ListAsync(2, 1, default)).Users).Email);

        var updated = await admin.UpdateAsync(user.Id, new AdminUserRequest(null, null)
        {
            UserMetadata = new JsonObject { ["name"] = null, ["team"] = "core" },
            BanDuration = "1h30m",
        }, AuthHarness.Client, default);
        Assert.True(updated.IsSuccess, updated.Error?.ToString());
        Assert.False(updated.Value.UserMetadata.ContainsKey("name"));
        Assert.Equal(auth.Time.GetUtcNow().AddMinutes(90), updated.Value.BannedUntil);
        Assert.Equal(0, await auth.CountAsync("sessions"));
        Assert.Equal("user_banned", (await auth.Service.Passwords.SignInAsync("made@example.com", "correct horse", AuthHarness.Client, default)).Error?.Code);
        var lifted = await admin.UpdateAsync(user.Id, new AdminUserRequest(null, null) { BanDuration = "none" }, AuthHarness.Client, default);
        Assert.Null(lifted.Value?.BannedUntil);

        Assert.Null(await admin.DeleteAsync(user.Id, AuthHarness.Client, default));
        Assert.Equal("user_not_found", (await admin.GetAsync(user.Id, default)).Error?.Code);
        Assert.Equal(1, await auth.CountAsync("users"));
        Assert.Contains("user_deleted", await auth.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Bad_fields_are_refused_before_anything_is_written(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var admin = auth.Service.AdminUsers;
        var existing = await auth.SignedInAsync("kept@example.com");
        AdminUserRequest[] bad =
        [
            new("not an email", "correct horse"),
            new("x@example.com'; DROP TABLE auth.users; --", "correct horse"),
            new("x@example.com", "short"),
            new("x@example.com", null) { BanDuration = "1 week" },
            new("x@example.com", null) { AppMetadata = new JsonObject { ["roles"] = new JsonArray(1, 2) } },
        ];
        foreach (var request in bad)
        {
            Assert.False((await admin.CreateAsync(request, AuthHarness.Client, default)).IsSuccess);
            Assert.False((await admin.UpdateAsync(existing.User.Id, request, AuthHarness.Client, default)).IsSuccess);
        }
        Assert.Equal(1, await auth.CountAsync("users"));
        Assert.Equal("kept@example.com", (await admin.GetAsync(existing.User.Id, default)).Value?.Email);
        Assert.Equal("user_not_found", (await admin.UpdateAsync(Guid.NewGuid(), new AdminUserRequest(null, null), AuthHarness.Client, default)).Error?.Code);
    }
}
