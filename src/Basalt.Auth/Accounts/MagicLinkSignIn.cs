using System.Text.Json.Nodes;
using Basalt.Auth.Errors;
using Basalt.Auth.Mail;
using Basalt.Auth.RateLimiting;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// <c>POST /otp</c> with an email, as GoTrue's magic link: a confirmed user gets a magic-link mail (link to
/// <c>GET /verify?type=magiclink</c> and a code for <c>POST /verify</c> with type <c>magiclink</c> or <c>email</c>). An
/// address without a confirmed user signs up first, without a password: with <c>auth.email.confirm</c> on it gets a
/// confirmation mail (type <c>signup</c>/<c>email</c>), with it off the user is created confirmed and gets the magic link.
/// <c>create_user: false</c> for an unknown address is GoTrue's 422 <c>otp_disabled</c> (GoTrue reveals this; so does Basalt).
/// </summary>
public sealed class MagicLinkSignIn(
    AuthDatabase database, AuthOptions options, ConfirmationMailer confirmations, OneTimeMailer mailer, MailOutbox outbox,
    AuthRateLimiter limiter, TimeProvider time)
{
    public async Task<AuthError?> SendAsync(OtpRequest request, AuthClient client, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.Email))
        {
            return string.IsNullOrEmpty(request.Phone)
                ? AuthErrors.Validation("An email address or phone number is required")
                : new AuthError(400, "phone_provider_disabled", "Unsupported phone provider");
        }
        if (EmailAddress.Normalize(request.Email) is not { } email)
        {
            return AuthErrors.InvalidEmail;
        }
        if (await limiter.MailAsync(client, email, ct) is { } limited)
        {
            return limited;
        }
        var now = time.GetUtcNow();
        (long Id, OutgoingMail Mail)? queued = null;
        var error = await database.InTransactionAsync<AuthError?>(async tx =>
        {
            var user = await UserStore.FindByEmailAsync(tx, email);
            if (user is null)
            {
                if (!request.CreateUser)
                {
                    return AuthErrors.OtpDisabled;
                }
                user = await CreateAsync(tx, email, request.Data, client, now);
            }
            if (!user.IsEmailConfirmed)
            {
                if (user.ConfirmationSentAt is { } sent && now - sent < options.ConfirmationResendInterval)
                {
                    return AuthErrors.OverEmailSendRateLimit(options.ConfirmationResendInterval - (now - sent));
                }
                await AuditLog.WriteAsync(tx, AuditEvent.ConfirmationRequested(user), client, now);
                queued = await confirmations.QueueAsync(tx, user, client, request.RedirectTo, now, request.Pkce);
                return null;
            }
            await AuditLog.WriteAsync(tx, AuditEvent.RecoveryRequested(user), client, now);
            queued = await mailer.QueueLinkAsync(tx, user, "magiclink", client, request.RedirectTo, now, request.Pkce);
            return null;
        }, ct);
        if (queued is { } mail)
        {
            await outbox.DeliverAsync(mail.Id, mail.Mail, ct);
        }
        return error;
    }

    /// <summary>A passwordless user: confirmed at once when confirmation is off, else waiting for the mail.</summary>
    private async Task<UserRecord> CreateAsync(AuthTransaction tx, string email, JsonObject? data, AuthClient client, DateTimeOffset now)
    {
        var user = new UserRecord(Guid.NewGuid(), email)
        {
            EmailConfirmedAt = options.Settings.Email.Confirm ? null : now,
            AppMetadata = new JsonObject { ["provider"] = "email", ["providers"] = new JsonArray("email") },
            UserMetadata = data?.DeepClone() as JsonObject ?? [],
            CreatedAt = Values.Truncate(now),
            UpdatedAt = Values.Truncate(now),
        };
        await UserStore.InsertAsync(tx, user);
        if (user.IsEmailConfirmed)
        {
            await AuditLog.WriteAsync(tx, AuditEvent.SignedUp(user), client, now);
        }
        return user;
    }
}
