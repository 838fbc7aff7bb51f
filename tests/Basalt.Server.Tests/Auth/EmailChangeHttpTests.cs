using System.Net;
using System.Text.Json;

namespace Basalt.Server.Tests.Auth;

/// <summary>The email change, invitations and the new generate_link types over HTTP, as auth-js and an admin tool call them.</summary>
public sealed class EmailChangeHttpTests
{
    [Fact]
    public async Task Put_user_email_shows_new_email_and_the_two_links_move_the_account()
    {
        await using var auth = await AuthServer.StartAsync();
        var session = await auth.SignedInAsync("http-old@example.com");
        var bearer = session.GetProperty("access_token").GetString()!;

        var (put, user) = await auth.SendAsync(auth.Request(HttpMethod.Put, "/user?redirect_to=http%3A%2F%2Fapp.test%2Fsettings", new { email = "http-new@example.com" }, bearer));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("http-old@example.com", user.GetProperty("email").GetString());
        Assert.Equal("http-new@example.com", user.GetProperty("new_email").GetString());
        Assert.True(user.TryGetProperty("email_change_sent_at", out _));
        Assert.Equal(1, await auth.CountAsync("mail_outbox", "to_address = 'http-new@example.com' AND template = 'email_change'"));
        Assert.Equal(1, await auth.CountAsync("mail_outbox", "to_address = 'http-old@example.com' AND template = 'email_change'"));

        // The first half by the mailed link: back to the app with GoTrue's message, nothing moved yet.
        var first = await auth.Links.GetAsync($"/auth/v1/verify?token={Uri.EscapeDataString(await auth.ConfirmationTokenAsync("http-new@example.com"))}&type=email_change&redirect_to=http%3A%2F%2Fapp.test%2Fsettings");
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        var location = first.Headers.Location!.ToString();
        Assert.StartsWith("http://app.test/settings#message=Confirmation", location, StringComparison.Ordinal);
        Assert.DoesNotContain("access_token", location, StringComparison.Ordinal);

        // The second half by POST /verify: a session for the moved account.
        var (second, moved) = await auth.PostAsync("/verify", new { type = "email_change", token_hash = await auth.ConfirmationTokenAsync("http-old@example.com") });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("http-new@example.com", moved.GetProperty("user").GetProperty("email").GetString());
        Assert.False(moved.GetProperty("user").TryGetProperty("new_email", out _));
        var (signIn, _) = await auth.PostAsync("/token?grant_type=password", new { email = "http-new@example.com", password = "correct horse" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task The_first_half_by_post_is_a_msg_with_code_200()
    {
        await using var auth = await AuthServer.StartAsync();
        var bearer = (await auth.SignedInAsync("msg-old@example.com")).GetProperty("access_token").GetString()!;
        await auth.SendAsync(auth.Request(HttpMethod.Put, "/user", new { email = "msg-new@example.com" }, bearer));

        var (half, body) = await auth.PostAsync("/verify", new { type = "email_change", token_hash = await auth.ConfirmationTokenAsync("msg-old@example.com") });
        Assert.Equal(HttpStatusCode.OK, half.StatusCode);
        Assert.Equal("Confirmation link accepted. Please proceed to confirm link sent to the other email", body.GetProperty("msg").GetString());
        Assert.Equal("200", body.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{\"email\": \"not an address\"}", 400, "validation_failed")]
    [InlineData("{\"email\": \"x'; DROP TABLE auth_users; --\"}", 400, "validation_failed")]
    [InlineData("{\"email\": \"taken@example.com\"}", 422, "email_exists")]
    [InlineData("{\"phone\": \"+15550100\"}", 400, "phone_provider_disabled")]
    [InlineData("{\"email\": 42}", 400, "bad_json")]
    public async Task Bad_email_changes_get_their_error_and_change_nothing(string body, int status, string code)
    {
        await using var auth = await AuthServer.StartAsync();
        await auth.SignedInAsync("taken@example.com");
        var bearer = (await auth.SignedInAsync("stays@example.com")).GetProperty("access_token").GetString()!;
        var mails = await auth.CountAsync("mail_outbox");

        var (response, error) = await auth.SendAsync(auth.Request(HttpMethod.Put, "/user", body, bearer));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(mails, await auth.CountAsync("mail_outbox"));
        Assert.Equal(0, await auth.CountAsync("users", "email_change IS NOT NULL"));
        Assert.Equal(2, await auth.CountAsync("users"));
    }

    [Fact]
    public async Task Verify_email_change_with_a_wrong_token_or_code_is_otp_expired()
    {
        await using var auth = await AuthServer.StartAsync();
        var (byHash, hashError) = await auth.PostAsync("/verify", new { type = "email_change", token_hash = "' OR 1=1 --" });
        Assert.Equal(403, (int)byHash.StatusCode);
        Assert.Equal("otp_expired", hashError.GetProperty("code").GetString());
        var (byCode, codeError) = await auth.PostAsync("/verify", new { type = "email_change", email = "nobody@example.com", token = "123456" });
        Assert.Equal(403, (int)byCode.StatusCode);
        Assert.Equal("otp_expired", codeError.GetProperty("code").GetString());
        var link = await auth.Links.GetAsync("/auth/v1/verify?token=nope&type=email_change");
        Assert.Equal(HttpStatusCode.SeeOther, link.StatusCode);
        Assert.Contains("error_code=otp_expired", link.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_is_service_role_only_and_its_link_signs_the_invitee_in()
    {
        await using var auth = await AuthServer.StartAsync();
        var (anon, refused) = await auth.PostAsync("/invite", new { email = "invitee@example.com" });
        Assert.Equal(HttpStatusCode.Forbidden, anon.StatusCode);
        Assert.Equal("not_admin", refused.GetProperty("code").GetString());
        Assert.Equal(0, await auth.CountAsync("users"));

        var (invited, user) = await AdminHttpTests.SendAsync(auth, HttpMethod.Post, "/invite", new { email = "invitee@example.com", data = new { team = "core" } });
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        Assert.True(user.TryGetProperty("invited_at", out _));
        Assert.False(user.TryGetProperty("email_confirmed_at", out _));
        Assert.Equal(1, await auth.CountAsync("mail_outbox", "to_address = 'invitee@example.com' AND template = 'invite'"));

        var link = await auth.Links.GetAsync($"/auth/v1/verify?token={Uri.EscapeDataString(await auth.ConfirmationTokenAsync("invitee@example.com"))}&type=invite");
        Assert.Equal(HttpStatusCode.SeeOther, link.StatusCode);
        Assert.Contains("access_token=", link.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("type=invite", link.Headers.Location!.ToString(), StringComparison.Ordinal);

        var (again, exists) = await AdminHttpTests.SendAsync(auth, HttpMethod.Post, "/invite", new { email = "invitee@example.com" });
        Assert.Equal(422, (int)again.StatusCode);
        Assert.Equal("email_exists", exists.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("magiclink")]
    [InlineData("recovery")]
    [InlineData("invite")]
    public async Task Generated_links_answer_the_link_without_mail(string type)
    {
        await using var auth = await AuthServer.StartAsync();
        if (type != "invite")
        {
            await auth.SignedInAsync("gen@example.com");
        }
        var mails = await auth.CountAsync("mail_outbox");
        var (response, link) = await AdminHttpTests.SendAsync(auth, HttpMethod.Post, "/admin/generate_link", new { type, email = "gen@example.com" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, link.GetProperty("verification_type").GetString());
        Assert.Contains($"type={type}", link.GetProperty("action_link").GetString(), StringComparison.Ordinal);
        Assert.Equal(mails, await auth.CountAsync("mail_outbox"));
        var (verify, session) = await auth.PostAsync("/verify", new { type, token_hash = link.GetProperty("hashed_token").GetString() });
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Equal("gen@example.com", session.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.String, session.GetProperty("access_token").ValueKind);
    }
}
