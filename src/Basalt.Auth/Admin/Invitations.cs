using System.Text.Json.Nodes;
using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Basalt.Auth.Mail;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Admin;

/// <summary>
/// <c>POST /invite</c> (service_role): makes an invited user — unconfirmed, no password, <c>invited_at</c> set — and
/// mails a link to <c>GET /verify?type=invite</c> (a confirmation token, as in GoTrue) plus a code. Accepting it
/// confirms the address and signs the user in; the app then sets a password with <c>PUT /user</c>. A confirmed address
/// is 422 <c>email_exists</c>. An unconfirmed sign-up is invited afresh and its password dropped: whoever typed it has
/// not proven the mailbox, and the invitee must not inherit a password someone else knows.
/// </summary>
public sealed class Invitations(AuthDatabase database, RedirectPolicy redirects, MailOutbox outbox, TimeProvider time)
{
    public async Task<AuthResult<UserRecord>> InviteAsync(string? emailText, JsonObject? data, string? redirectTo, AuthClient client, CancellationToken ct)
    {
        if (EmailAddress.Normalize(emailText) is not { } email)
        {
            return AuthErrors.InvalidEmail;
        }
        var now = time.GetUtcNow();
        (long Id, OutgoingMail Mail)? queued = null;
        var result = await database.InTransactionAsync<AuthResult<UserRecord>>(async tx =>
        {
            var invited = await PrepareAsync(tx, email, data, redirectTo, client, now);
            if (!invited.IsSuccess)
            {
                return invited.Error;
            }
            var (user, link) = invited.Value;
            var mail = MailTemplates.InviteUser(email, link.ActionLink, link.EmailOtp);
            queued = (await MailOutbox.EnqueueAsync(tx, mail, now), mail);
            return user;
        }, ct);
        if (queued is { } sent)
        {
            await outbox.DeliverAsync(sent.Id, sent.Mail, ct);
        }
        return result;
    }

    /// <summary>The invited user and its link, in <paramref name="tx"/>; <c>/admin/generate_link type=invite</c> answers the link instead of mailing it.</summary>
    public async Task<AuthResult<(UserRecord User, GeneratedLink Link)>> PrepareAsync(
        AuthTransaction tx, string email, JsonObject? data, string? redirectTo, AuthClient client, DateTimeOffset now)
    {
        var user = await UserStore.FindByEmailAsync(tx, email);
        if (user is { IsEmailConfirmed: true })
        {
            return AuthErrors.EmailExists;
        }
        if (user is null)
        {
            user = new UserRecord(Guid.NewGuid(), email)
            {
                AppMetadata = new JsonObject { ["provider"] = "email", ["providers"] = new JsonArray("email") },
                UserMetadata = AdminUserStore.Merge([], data ?? []),
                CreatedAt = Values.Truncate(now),
                InvitedAt = Values.Truncate(now),
                ConfirmationSentAt = Values.Truncate(now),
            };
            await UserStore.InsertAsync(tx, user);
        }
        else
        {
            await UserStore.ResetForInviteAsync(tx, user.Id, AdminUserStore.Merge(user.UserMetadata, data ?? []), now);
        }
        await AuditLog.WriteAsync(tx, new AuditEvent("user_invited", "team", null, "service_role",
            new JsonObject { ["user_id"] = user.Id.ToString("D"), ["user_email"] = email }), client, now);
        var (token, code) = await LinkTokens.IssueAsync(tx, user.Id, OneTimeTokenStore.Confirmation, email, now);
        var redirect = redirects.Resolve(redirectTo);
        var link = $"{client.AuthUrl}/verify?token={Uri.EscapeDataString(token)}&type=invite&redirect_to={Uri.EscapeDataString(redirect)}";
        var current = (await UserStore.FindByIdAsync(tx, user.Id))!;
        return (current, new GeneratedLink(current, link, code, token, "invite", redirect));
    }
}
