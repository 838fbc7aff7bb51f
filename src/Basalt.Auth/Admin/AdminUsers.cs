using System.Text.Json.Nodes;
using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Basalt.Auth.Passwords;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Admin;

/// <summary>
/// GoTrue's <c>/admin/users</c> for a service_role caller: list (newest first, paged), create, get, update (email,
/// password, confirmation, metadata merged key by key, <c>ban_duration</c>), delete. Every field is checked before
/// anything is written; a refused request changes nothing. Each change is audited with GoTrue's action names.
/// </summary>
public sealed class AdminUsers(AuthDatabase database, PasswordHasher hasher, PasswordPolicy policy, TimeProvider time)
{
    public const int DefaultPerPage = 50;

    public const int MaxPerPage = 1000;

    public static AuthError NotFound { get; } = new(404, "user_not_found", "User not found");

    public static AuthError EmailExists => AuthErrors.EmailExists;

    public Task<(IReadOnlyList<UserRecord> Users, long Total)> ListAsync(int page, int perPage, CancellationToken ct) =>
        database.InTransactionAsync(async tx => (await AdminUserStore.PageAsync(tx, page, perPage), await AdminUserStore.CountAsync(tx)), ct);

    public async Task<AuthResult<UserRecord>> GetAsync(Guid id, CancellationToken ct) =>
        await database.InTransactionAsync(tx => UserStore.FindByIdAsync(tx, id), ct) is { } user ? user : NotFound;

    public async Task<AuthResult<UserRecord>> CreateAsync(AdminUserRequest request, AuthClient client, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.Email))
        {
            return AuthErrors.Validation("Creating a user requires an email address (phone users are not supported)");
        }
        var (email, encrypted, bannedUntil, refused) = Prepare(request);
        if (refused is not null)
        {
            return refused;
        }
        var now = time.GetUtcNow();
        var appMetadata = AdminUserStore.Merge(new JsonObject { ["provider"] = "email", ["providers"] = new JsonArray("email") }, request.AppMetadata ?? []);
        var user = new UserRecord(Guid.NewGuid(), email)
        {
            EncryptedPassword = encrypted,
            EmailConfirmedAt = request.EmailConfirm == true ? Values.Truncate(now) : null,
            AppMetadata = appMetadata,
            UserMetadata = AdminUserStore.Merge([], request.UserMetadata ?? []),
            BannedUntil = bannedUntil is { } ban ? Values.Truncate(now + ban) : null,
            CreatedAt = Values.Truncate(now),
            UpdatedAt = Values.Truncate(now),
        };
        return await database.InTransactionAsync<AuthResult<UserRecord>>(async tx =>
        {
            if (await UserStore.FindByEmailAsync(tx, email!) is not null)
            {
                return EmailExists;
            }
            await UserStore.InsertAsync(tx, user);
            await AdminUserStore.UpdateAsync(tx, user, now);
            await AuditLog.WriteAsync(tx, Admin("user_signedup", user), client, now);
            return (await UserStore.FindByIdAsync(tx, user.Id))!;
        }, ct);
    }

    public async Task<AuthResult<UserRecord>> UpdateAsync(Guid id, AdminUserRequest request, AuthClient client, CancellationToken ct)
    {
        var (email, encrypted, bannedUntil, refused) = Prepare(request);
        if (refused is not null)
        {
            return refused;
        }
        var now = time.GetUtcNow();
        return await database.InTransactionAsync<AuthResult<UserRecord>>(async tx =>
        {
            if (await UserStore.FindByIdAsync(tx, id) is not { } user)
            {
                return NotFound;
            }
            if (email is not null && email != user.Email && await UserStore.FindByEmailAsync(tx, email) is not null)
            {
                return EmailExists;
            }
            var updated = user with
            {
                Email = email ?? user.Email,
                EncryptedPassword = encrypted ?? user.EncryptedPassword,
                EmailConfirmedAt = request.EmailConfirm switch { true => user.EmailConfirmedAt ?? Values.Truncate(now), false => null, null => user.EmailConfirmedAt },
                AppMetadata = request.AppMetadata is { } app ? AdminUserStore.Merge(user.AppMetadata, app) : user.AppMetadata,
                UserMetadata = request.UserMetadata is { } data ? AdminUserStore.Merge(user.UserMetadata, data) : user.UserMetadata,
                BannedUntil = request.BanDuration is null ? user.BannedUntil : bannedUntil is { } ban ? Values.Truncate(now + ban) : null,
            };
            await AdminUserStore.UpdateAsync(tx, updated, now);
            if (bannedUntil is not null)
            {
                // A banned user is signed out everywhere at once, as GoTrue does; their access tokens fail on /user.
                await SessionStore.DeleteForUserAsync(tx, id);
            }
            await AuditLog.WriteAsync(tx, Admin("user_modified", updated), client, now);
            return (await UserStore.FindByIdAsync(tx, id))!;
        }, ct);
    }

    public async Task<AuthError?> DeleteAsync(Guid id, AuthClient client, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await database.InTransactionAsync(async tx =>
        {
            if (await UserStore.FindByIdAsync(tx, id) is not { } user)
            {
                return NotFound;
            }
            await AdminUserStore.DeleteAsync(tx, id);
            await AuditLog.WriteAsync(tx, Admin("user_deleted", user), client, now);
            return (AuthError?)null;
        }, ct);
    }

    /// <summary>Checks the fields of a create or update; the normalised email, the password's hash and the ban, or the refusal.</summary>
    private (string? Email, string? Encrypted, TimeSpan? Ban, AuthError? Refused) Prepare(AdminUserRequest request)
    {
        string? email = null;
        if (request.Email is { } text && (email = EmailAddress.Normalize(text)) is null)
        {
            return (null, null, null, AuthErrors.InvalidEmail);
        }
        TimeSpan? ban = null;
        if (request.BanDuration is { } duration && !BanDuration.TryParse(duration, out ban))
        {
            return (null, null, null, AuthErrors.Validation("invalid format for ban duration: " + (duration.Length > 64 ? duration[..64] : duration)));
        }
        if (request.AppMetadata?["roles"] is { } roles && !IsRoleList(roles))
        {
            return (null, null, null, AuthErrors.Validation("app_metadata.roles must be an array of strings"));
        }
        if (request.Password is { } password)
        {
            if (password.Length > PasswordPolicy.MaxLength)
            {
                return (null, null, null, AuthErrors.PasswordTooLong(PasswordPolicy.MaxLength));
            }
            if (policy.Check(password) is { } weak)
            {
                return (null, null, null, weak);
            }
            return (email, hasher.Hash(password), ban, null);
        }
        return (email, null, ban, null);
    }

    private static bool IsRoleList(JsonNode roles) =>
        roles is JsonArray list && list.All(r => r is JsonValue v && v.TryGetValue<string>(out var s) && s.Length is > 0 and <= 63);

    private static AuditEvent Admin(string action, UserRecord user) =>
        new(action, "team", null, "service_role", new JsonObject { ["user_id"] = user.Id.ToString("D"), ["user_email"] = user.Email ?? "" });
}
