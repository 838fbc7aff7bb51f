using System.Data.Common;
using System.Text.Json.Nodes;
using Basalt.Auth.Errors;
using Basalt.Auth.Mail;
using Basalt.Auth.Passwords;
using Basalt.Auth.RateLimiting;
using Basalt.Auth.Sessions;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// <c>POST /signup</c> with email and password, as GoTrue does it. With <c>auth.email.confirm</c> on, the user is
/// created unconfirmed and a confirmation mail is queued; the answer is the user without a session. An address that
/// already belongs to a confirmed user gets the same kind of answer (a decoy user, nothing written but the audit
/// entry), so sign-up does not reveal who has an account; an unconfirmed one gets its confirmation mail again. With
/// confirmation off, sign-up signs in at once, and an existing address is <c>user_already_exists</c>.
/// </summary>
public sealed class SignUp(
    AuthDatabase database, AuthOptions options, PasswordHasher hasher, PasswordPolicy policy, SessionIssuer sessions,
    ConfirmationMailer confirmations, MailOutbox outbox, AuthRateLimiter limiter, TimeProvider time)
{
    public async Task<AuthResult<SignUpOutcome>> SignUpAsync(SignUpRequest request, AuthClient client, CancellationToken ct)
    {
        if (await limiter.SignUpAsync(client, ct) is { } limited)
        {
            return limited;
        }
        if (!string.IsNullOrEmpty(request.Phone) && string.IsNullOrEmpty(request.Email))
        {
            return new AuthError(400, "phone_provider_disabled", "Phone signups are disabled");
        }
        if (string.IsNullOrEmpty(request.Password))
        {
            return new AuthError(422, "validation_failed", "Signup requires a valid password");
        }
        if (string.IsNullOrEmpty(request.Email))
        {
            return AuthErrors.Validation("To signup, please provide your email");
        }
        if (policy.Check(request.Password) is { } weak)
        {
            return weak;
        }
        if (EmailAddress.Normalize(request.Email) is not { } email)
        {
            return AuthErrors.InvalidEmail;
        }
        // Hashing is the slow part; it happens before the transaction so no lock is held meanwhile.
        var encrypted = hasher.Hash(request.Password);
        var now = time.GetUtcNow();
        var confirm = options.Settings.Email.Confirm;
        (long Id, OutgoingMail Mail)? queued = null;
        AuthResult<SignUpOutcome> result;
        try
        {
            result = await database.InTransactionAsync<AuthResult<SignUpOutcome>>(async tx =>
            {
                if (await UserStore.FindByEmailAsync(tx, email) is { } existing)
                {
                    return await ExistingAsync(tx, existing, request, client, now, mail => queued = mail);
                }
                var user = new UserRecord(Guid.NewGuid(), email)
                {
                    EncryptedPassword = encrypted,
                    EmailConfirmedAt = confirm ? null : now,
                    AppMetadata = new JsonObject { ["provider"] = "email", ["providers"] = new JsonArray("email") },
                    UserMetadata = request.Data?.DeepClone() as JsonObject ?? [],
                    CreatedAt = Values.Truncate(now),
                    UpdatedAt = Values.Truncate(now),
                };
                await UserStore.InsertAsync(tx, user);
                if (confirm)
                {
                    await AuditLog.WriteAsync(tx, AuditEvent.ConfirmationRequested(user), client, now);
                    queued = await confirmations.QueueAsync(tx, user, client, request.RedirectTo, now, request.Pkce);
                    return new SignUpOutcome(user with { ConfirmationSentAt = Values.Truncate(now) }, null);
                }
                await AuditLog.WriteAsync(tx, AuditEvent.SignedUp(user), client, now);
                await AuditLog.WriteAsync(tx, AuditEvent.Login(user, "password"), client, now);
                var session = await sessions.StartAsync(tx, user, "password", client, now);
                return new SignUpOutcome(session.User, session);
            }, ct);
        }
        catch (DbException)
        {
            // A concurrent sign-up of the same address won the unique key: answer as for an existing address.
            if (!await ExistsAsync(email, ct))
            {
                throw;
            }
            return confirm ? Decoy(request, now) : AuthErrors.UserAlreadyExists;
        }
        if (queued is { } mail)
        {
            await outbox.DeliverAsync(mail.Id, mail.Mail, ct);
        }
        return result;
    }

    private async Task<AuthResult<SignUpOutcome>> ExistingAsync(
        AuthTransaction tx, UserRecord existing, SignUpRequest request, AuthClient client, DateTimeOffset now, Action<(long, OutgoingMail)> queue)
    {
        if (!options.Settings.Email.Confirm)
        {
            return AuthErrors.UserAlreadyExists;
        }
        if (existing.IsEmailConfirmed)
        {
            await AuditLog.WriteAsync(tx, AuditEvent.RepeatedSignUp(existing), client, now);
            return Decoy(request, now);
        }
        // Unconfirmed: send the confirmation again (GoTrue does), at most once per resend interval. The stored
        // password and metadata stay: this request has not proven it owns the address.
        if (existing.ConfirmationSentAt is { } sent && now - sent < options.ConfirmationResendInterval)
        {
            return AuthErrors.OverEmailSendRateLimit(options.ConfirmationResendInterval - (now - sent));
        }
        await AuditLog.WriteAsync(tx, AuditEvent.ConfirmationRequested(existing), client, now);
        queue(await confirmations.QueueAsync(tx, existing, client, request.RedirectTo, now, request.Pkce));
        return new SignUpOutcome(existing with { ConfirmationSentAt = Values.Truncate(now) }, null);
    }

    /// <summary>GoTrue's <c>sanitizeUser</c>: a fresh id, no confirmation, the request's own metadata, no identities.</summary>
    private static SignUpOutcome Decoy(SignUpRequest request, DateTimeOffset now) =>
        new(new UserRecord(Guid.NewGuid(), EmailAddress.Normalize(request.Email))
        {
            AppMetadata = new JsonObject { ["provider"] = "email", ["providers"] = new JsonArray("email") },
            UserMetadata = request.Data?.DeepClone() as JsonObject ?? [],
            ConfirmationSentAt = Values.Truncate(now),
            CreatedAt = Values.Truncate(now),
            UpdatedAt = Values.Truncate(now),
        }, null, HasIdentity: false);

    private Task<bool> ExistsAsync(string email, CancellationToken ct) =>
        database.InTransactionAsync(async tx => await UserStore.FindByEmailAsync(tx, email) is not null, ct);
}
