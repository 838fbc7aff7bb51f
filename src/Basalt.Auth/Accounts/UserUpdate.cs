using System.Text.Json.Nodes;
using Basalt.Auth.Errors;
using Basalt.Auth.Passwords;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Accounts;

/// <summary>
/// <c>PUT /user</c>: a new password (the policy applies; the same password again is <c>same_password</c>; every other
/// session of the user ends, as GoTrue does) and <c>data</c> merged into <c>user_metadata</c>. Changing the email or
/// phone needs the confirmation flows that come later and is refused for now unless it changes nothing.
/// </summary>
public sealed class UserUpdate(AuthDatabase database, PasswordHasher hasher, PasswordPolicy policy, TimeProvider time)
{
    public async Task<AuthResult<UserRecord>> UpdateAsync(AuthenticatedUser who, UserUpdateRequest request, AuthClient client, CancellationToken ct)
    {
        var user = who.User;
        if (request.Email is { Length: > 0 } email && EmailAddress.Normalize(email) != user.Email
            || request.Phone is { Length: > 0 } phone && phone != user.Phone)
        {
            return request.Email is { Length: > 0 } e && EmailAddress.Normalize(e) is null ? AuthErrors.InvalidEmail : AuthErrors.EmailChangeNotYet;
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
        var now = time.GetUtcNow();
        return await database.InTransactionAsync<AuthResult<UserRecord>>(async tx =>
        {
            var updated = user;
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
    }
}
