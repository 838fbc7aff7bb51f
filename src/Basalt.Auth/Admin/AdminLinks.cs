using System.Text.Json.Nodes;
using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Basalt.Auth.Passwords;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Admin;

/// <summary>
/// <c>POST /admin/generate_link</c>: makes the link a mail would carry and answers it instead of sending mail. Only
/// <c>signup</c> for now (the recovery and magic-link flows are not on this server yet): an unknown address is created
/// unconfirmed with the given password, an unconfirmed one gets a fresh link (the previous one stops working), a
/// confirmed one is 422 <c>email_exists</c>.
/// </summary>
public sealed class AdminLinks(AuthDatabase database, PasswordHasher hasher, PasswordPolicy policy, RedirectPolicy redirects, TimeProvider time)
{
    public async Task<AuthResult<GeneratedLink>> GenerateAsync(
        string? type, string? emailText, string? password, JsonObject? data, string? redirectTo, AuthClient client, CancellationToken ct)
    {
        if (type is "magiclink" or "recovery" or "invite" or "email_change_current" or "email_change_new")
        {
            return new AuthError(422, "validation_failed", $"Generating {type} links is not supported by this server yet");
        }
        if (type != "signup")
        {
            return AuthErrors.Validation("Invalid link type");
        }
        if (EmailAddress.Normalize(emailText) is not { } email)
        {
            return AuthErrors.InvalidEmail;
        }
        if (string.IsNullOrEmpty(password))
        {
            return new AuthError(422, "validation_failed", "Signup requires a valid password");
        }
        if (password.Length > PasswordPolicy.MaxLength)
        {
            return AuthErrors.PasswordTooLong(PasswordPolicy.MaxLength);
        }
        if (policy.Check(password) is { } weak)
        {
            return weak;
        }
        var encrypted = hasher.Hash(password);
        var now = time.GetUtcNow();
        var redirect = redirects.Resolve(redirectTo);
        return await database.InTransactionAsync<AuthResult<GeneratedLink>>(async tx =>
        {
            var user = await UserStore.FindByEmailAsync(tx, email);
            if (user is { IsEmailConfirmed: true })
            {
                return AdminUsers.EmailExists;
            }
            if (user is null)
            {
                user = new UserRecord(Guid.NewGuid(), email)
                {
                    EncryptedPassword = encrypted,
                    AppMetadata = new JsonObject { ["provider"] = "email", ["providers"] = new JsonArray("email") },
                    UserMetadata = AdminUserStore.Merge([], data ?? []),
                    CreatedAt = Values.Truncate(now),
                };
                await UserStore.InsertAsync(tx, user);
                await AuditLog.WriteAsync(tx, new AuditEvent("user_signedup", "team", null, "service_role",
                    new JsonObject { ["user_id"] = user.Id.ToString("D"), ["user_email"] = email }), client, now);
            }
            var token = Secrets.NewToken();
            var code = Secrets.NewCode();
            await OneTimeTokenStore.ReplaceAsync(tx, new OneTimeTokenRecord(
                Guid.NewGuid(), user.Id, OneTimeTokenStore.Confirmation, Secrets.Sha256Hex(token), ConfirmationMailer.CodeHash(user.Id, code), email, now));
            await UserStore.SetConfirmationSentAsync(tx, user.Id, now);
            var link = $"{client.AuthUrl}/verify?token={Uri.EscapeDataString(token)}&type=signup&redirect_to={Uri.EscapeDataString(redirect)}";
            return new GeneratedLink((await UserStore.FindByIdAsync(tx, user.Id))!, link, code, token, "signup", redirect);
        }, ct);
    }
}
