using System.Text.Json.Nodes;
using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Basalt.Auth.Passwords;
using Basalt.Auth.Storage;

namespace Basalt.Auth.Admin;

/// <summary>
/// <c>POST /admin/generate_link</c>: makes the link a mail would carry and answers it instead of sending mail, for
/// GoTrue's six types. <c>signup</c> creates an unknown address unconfirmed with the given password (an unconfirmed one
/// gets a fresh link; a confirmed one is 422 <c>email_exists</c>). <c>magiclink</c> and <c>recovery</c> need the user to
/// exist (404 <c>user_not_found</c>) — GoTrue turns a magic link for an unknown address into a sign-up with a random
/// password; Basalt refuses instead, so an admin tool never creates accounts by accident. <c>invite</c> is
/// <see cref="Invitations"/> without the mail. <c>email_change_current</c> and <c>email_change_new</c> start (or
/// continue) a change to <c>new_email</c> and answer the link of that half.
/// </summary>
public sealed class AdminLinks(
    AuthDatabase database, AuthOptions options, PasswordHasher hasher, PasswordPolicy policy, RedirectPolicy redirects,
    Invitations invitations, EmailChangeLinks changeLinks, TimeProvider time)
{
    public static AuthError UnknownUser { get; } = new(404, "user_not_found", "User with this email not found");

    public async Task<AuthResult<GeneratedLink>> GenerateAsync(GenerateLinkRequest request, AuthClient client, CancellationToken ct)
    {
        if (request.Type is not ("signup" or "magiclink" or "recovery" or "invite" or "email_change_current" or "email_change_new"))
        {
            return AuthErrors.Validation("Invalid link type: expected signup, magiclink, recovery, invite, email_change_current or email_change_new");
        }
        if (EmailAddress.Normalize(request.Email) is not { } email)
        {
            return AuthErrors.InvalidEmail;
        }
        var now = time.GetUtcNow();
        switch (request.Type)
        {
            case "signup":
                return await SignUpAsync(request, email, client, now, ct);
            case "invite":
                return await database.InTransactionAsync<AuthResult<GeneratedLink>>(async tx =>
                {
                    var invited = await invitations.PrepareAsync(tx, email, request.Data, request.RedirectTo, client, now);
                    return invited.IsSuccess ? invited.Value.Link : invited.Error;
                }, ct);
            case "magiclink" or "recovery":
                return await database.InTransactionAsync<AuthResult<GeneratedLink>>(async tx =>
                {
                    if (await UserStore.FindByEmailAsync(tx, email) is not { } user)
                    {
                        return UnknownUser;
                    }
                    var (token, code) = await LinkTokens.IssueAsync(tx, user.Id, OneTimeTokenStore.Recovery, email, now);
                    await UserStore.SetRecoverySentAsync(tx, user.Id, now);
                    return Link((await UserStore.FindByIdAsync(tx, user.Id))!, token, code, request.Type, request.RedirectTo, client);
                }, ct);
            default:
                return await EmailChangeAsync(request, email, client, now, ct);
        }
    }

    private async Task<AuthResult<GeneratedLink>> EmailChangeAsync(GenerateLinkRequest request, string email, AuthClient client, DateTimeOffset now, CancellationToken ct)
    {
        if (EmailAddress.Normalize(request.NewEmail) is not { } newEmail)
        {
            return AuthErrors.Validation("The new email address provided is invalid");
        }
        var kind = request.Type == "email_change_current" ? OneTimeTokenStore.EmailChangeCurrent : OneTimeTokenStore.EmailChangeNew;
        return await database.InTransactionAsync<AuthResult<GeneratedLink>>(async tx =>
        {
            if (await UserStore.FindByEmailAsync(tx, email) is not { } user)
            {
                return UnknownUser;
            }
            if (newEmail == email || await UserStore.FindByEmailAsync(tx, newEmail) is not null)
            {
                return AuthErrors.EmailExists;
            }
            // A new target issues every half it needs (the other link comes from a second call for the other type);
            // the same target reissues only the half asked for, so a half already confirmed or mailed stays valid.
            var fresh = user.EmailChange != newEmail;
            IReadOnlyList<string> kinds = fresh ? [.. EmailChangeLinks.KindsFor(user, options.Settings.Email.SecureChange).Union([kind])] : [kind];
            var issued = await changeLinks.IssueAsync(tx, user, newEmail, kinds, replaceAll: fresh, client, request.RedirectTo, now);
            var link = issued.Single(l => l.Kind == kind);
            var current = (await UserStore.FindByIdAsync(tx, user.Id))!;
            return new GeneratedLink(current, link.Link, link.Code, link.Token, request.Type!, redirects.Resolve(request.RedirectTo));
        }, ct);
    }

    private async Task<AuthResult<GeneratedLink>> SignUpAsync(GenerateLinkRequest request, string email, AuthClient client, DateTimeOffset now, CancellationToken ct)
    {
        var password = request.Password;
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
        return await database.InTransactionAsync<AuthResult<GeneratedLink>>(async tx =>
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
                    EncryptedPassword = encrypted,
                    AppMetadata = new JsonObject { ["provider"] = "email", ["providers"] = new JsonArray("email") },
                    UserMetadata = AdminUserStore.Merge([], request.Data ?? []),
                    CreatedAt = Values.Truncate(now),
                };
                await UserStore.InsertAsync(tx, user);
                await AuditLog.WriteAsync(tx, new AuditEvent("user_signedup", "team", null, "service_role",
                    new JsonObject { ["user_id"] = user.Id.ToString("D"), ["user_email"] = email }), client, now);
            }
            var (token, code) = await LinkTokens.IssueAsync(tx, user.Id, OneTimeTokenStore.Confirmation, email, now);
            await UserStore.SetConfirmationSentAsync(tx, user.Id, now);
            return Link((await UserStore.FindByIdAsync(tx, user.Id))!, token, code, "signup", request.RedirectTo, client);
        }, ct);
    }

    private GeneratedLink Link(UserRecord user, string token, string code, string type, string? redirectTo, AuthClient client)
    {
        var redirect = redirects.Resolve(redirectTo);
        var link = $"{client.AuthUrl}/verify?token={Uri.EscapeDataString(token)}&type={type}&redirect_to={Uri.EscapeDataString(redirect)}";
        return new GeneratedLink(user, link, code, token, type, redirect);
    }
}
