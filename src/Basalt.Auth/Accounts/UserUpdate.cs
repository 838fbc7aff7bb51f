using System.Text.Json.Nodes;
using Basalt.Auth.Errors;
using Basalt.Auth.Mail;
using Basalt.Auth.Passwords;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// <c>PUT /user</c>: a new password (the policy applies; the same password again is <c>same_password</c>; every other
/// session of the user ends, as GoTrue does), <c>data</c> merged into <c>user_metadata</c>, and a new <c>email</c>,
/// which starts an email change (<see cref="EmailChangeRequest"/>) rather than changing the address. All of it is one
/// transaction, and a refused email change refuses the whole request before anything is written. A new phone number
/// is 400 <c>phone_provider_disabled</c>: Basalt has no SMS provider.
/// </summary>
public sealed class UserUpdate(AuthDatabase database, PasswordHasher hasher, PasswordPolicy policy, EmailChangeRequest emailChange, MailOutbox outbox, TimeProvider time)
{
    public async Task<AuthResult<UserRecord>> UpdateAsync(AuthenticatedUser who, UserUpdateRequest request, AuthClient client, CancellationToken ct)
    {
        var user = who.User;
        if (request.Phone is { Length: > 0 } phone && phone != user.Phone)
        {
            return AuthErrors.PhoneProviderDisabled;
        }
        string? encrypted = null;
        if (request.Password is { } password)
        {
            if (policy.Check(password) is { } weak)
            {
                return weak;
            }
            if (hasher.Verify(password, user.EncryptedPassword))
            {
                return AuthErrors.SamePassword;
            }
            encrypted = hasher.Hash(password);
        }
        // After the password checks, so a refused password does not spend one of the address's mails.
        string? newEmail = null;
        if (request.Email is { Length: > 0 } email && EmailAddress.Normalize(email) != user.Email)
        {
            var checkedEmail = await emailChange.CheckAsync(email, client, ct);
            if (!checkedEmail.IsSuccess)
            {
                return checkedEmail.Error;
            }
            newEmail = checkedEmail.Value;
        }
        var now = time.GetUtcNow();
        IReadOnlyList<(long Id, OutgoingMail Mail)> mails = [];
        var result = await database.InTransactionAsync<AuthResult<UserRecord>>(async tx =>
        {
            var updated = user;
            if (newEmail is not null)
            {
                // First, so that a refusal leaves nothing written.
                var queued = await emailChange.QueueAsync(tx, user, newEmail, client, request.RedirectTo, now, request.Pkce);
                if (!queued.IsSuccess)
                {
                    return queued.Error;
                }
                mails = queued.Value;
                updated = updated with { EmailChange = newEmail, EmailChangeSentAt = Values.Truncate(now), UpdatedAt = Values.Truncate(now) };
                await AuditLog.WriteAsync(tx, AuditEvent.Modified(updated), client, now);
            }
            if (request.Data is { } data)
            {
                var metadata = (JsonObject)user.UserMetadata.DeepClone();
                foreach (var (key, value) in data)
                {
                    if (value is null)
                    {
                        metadata.Remove(key);
                    }
                    else
                    {
                        metadata[key] = value.DeepClone();
                    }
                }
                await UserStore.SetUserMetadataAsync(tx, user.Id, metadata, now);
                updated = updated with { UserMetadata = metadata, UpdatedAt = Values.Truncate(now) };
                await AuditLog.WriteAsync(tx, AuditEvent.Modified(updated), client, now);
            }
            if (encrypted is not null)
            {
                await UserStore.SetPasswordAsync(tx, user.Id, encrypted, now);
                updated = updated with { EncryptedPassword = encrypted, UpdatedAt = Values.Truncate(now) };
                if (who.Session is { } session)
                {
                    await SessionStore.DeleteOthersAsync(tx, user.Id, session.Id);
                }
                else
                {
                    await SessionStore.DeleteForUserAsync(tx, user.Id);
                }
                await AuditLog.WriteAsync(tx, AuditEvent.PasswordUpdated(updated), client, now);
            }
            return updated;
        }, ct);
        foreach (var (id, mail) in mails)
        {
            await outbox.DeliverAsync(id, mail, ct);
        }
        return result;
    }
}
