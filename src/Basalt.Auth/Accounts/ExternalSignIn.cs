using System.Text;
using System.Text.Json.Nodes;
using Basalt.Auth.Errors;
using Basalt.Auth.Sessions;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;

namespace Basalt.Auth.Accounts;

/// <summary>
/// A sign-in through an OAuth/OIDC provider, after the provider answered: the identity (provider, account id) finds its
/// user; a new identity joins the user with the same address only when the provider verified that address (an
/// unconfirmed account's unproven password is dropped then, so whoever registered the address first cannot keep a way
/// in); otherwise a new user is made — but not on an address the provider has not verified: such an account would sit
/// unconfirmed on someone else's address with the provider's identity attached, and confirming that address later (by
/// the owner's own sign-up) would hand the account to whoever holds the identity. GoTrue mails a confirmation there;
/// Basalt refuses with 422 <c>provider_email_needs_verification</c>. A banned user is refused before anything is
/// written. Then a session (implicit flow) or, with a PKCE challenge, a one-time code that <see cref="PkceGrant"/>
/// exchanges. One transaction; audited like GoTrue (<c>user_signedup</c>, <c>login</c>).
/// </summary>
public sealed class ExternalSignIn(AuthDatabase database, SessionIssuer sessions, SecretSealer providerTokens, TimeProvider time)
{
    public async Task<AuthResult<ExternalSignInOutcome>> CompleteAsync(ExternalProfile profile, PkceChallenge? pkce, AuthClient client, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var now = time.GetUtcNow();
        return await database.InTransactionAsync<AuthResult<ExternalSignInOutcome>>(async tx =>
        {
            var found = await FindOrCreateUserAsync(tx, profile, client, now);
            if (!found.IsSuccess)
            {
                return found.Error;
            }
            var user = found.Value;
            await AuditLog.WriteAsync(tx, new AuditEvent("login", "account", user.Id, user.Email,
                new JsonObject { ["provider"] = profile.Provider, ["method"] = "oauth" }), client, now);
            if (pkce is null)
            {
                return new ExternalSignInOutcome(await sessions.StartAsync(tx, user, "oauth", client, now), null);
            }
            var code = Secrets.NewToken();
            var flowId = Guid.NewGuid();
            await FlowStateStore.InsertAsync(tx, new FlowStateRecord(flowId, user.Id, pkce.Challenge, pkce.Method, profile.Provider, now)
            {
                ProviderAccessToken = profile.ProviderToken is { } token ? providerTokens.Protect(flowId, Encoding.UTF8.GetBytes(token)) : null,
            }, Secrets.Sha256Hex(code));
            return new ExternalSignInOutcome(null, code);
        }, ct);
    }

    /// <summary>The provider identities of a user, for <c>GET /user</c>.</summary>
    public Task<IReadOnlyList<IdentityRecord>> IdentitiesAsync(Guid userId, CancellationToken ct) =>
        database.InTransactionAsync(tx => IdentityStore.ListForUserAsync(tx, userId), ct);

    private static async Task<AuthResult<UserRecord>> FindOrCreateUserAsync(AuthTransaction tx, ExternalProfile profile, AuthClient client, DateTimeOffset now)
    {
        var email = EmailAddress.Normalize(profile.Email);
        var data = IdentityData(profile, email);
        if (await IdentityStore.FindAsync(tx, profile.Provider, profile.Subject) is { } identity)
        {
            if (await UserStore.FindByIdAsync(tx, identity.UserId) is not { } owner)
            {
                return AuthErrors.UserNotFound;
            }
            if (owner.IsBanned(now))
            {
                return AuthErrors.UserBanned;
            }
            await IdentityStore.SignedInAsync(tx, identity.Id, data, email, now);
            return await RefreshMetadataAsync(tx, owner, data, now);
        }
        var user = email is null ? null : await UserStore.FindByEmailAsync(tx, email);
        if (user is not null && user.IsBanned(now))
        {
            return AuthErrors.UserBanned;
        }
        if (user is null && email is not null && !profile.EmailVerified)
        {
            return ProviderEmailNeedsVerification(profile.Provider);
        }
        if (user is not null)
        {
            if (!profile.EmailVerified)
            {
                // Joining on an address the provider does not vouch for would hand the account to whoever typed it there.
                return new AuthError(422, "email_exists", "A user with this email address has already been registered");
            }
            var providers = Providers(user.AppMetadata);
            if (!providers.Contains(profile.Provider))
            {
                providers.Add(profile.Provider);
            }
            var appMetadata = (JsonObject)user.AppMetadata.DeepClone();
            appMetadata["providers"] = new JsonArray([.. providers.Select(p => (JsonNode)p)]);
            await UserStore.LinkProviderAsync(tx, user.Id, appMetadata, confirmEmail: !user.IsEmailConfirmed, now);
            user = await RefreshMetadataAsync(tx, user with
            {
                AppMetadata = appMetadata,
                EmailConfirmedAt = user.EmailConfirmedAt ?? Values.Truncate(now),
                EncryptedPassword = user.IsEmailConfirmed ? user.EncryptedPassword : null,
            }, data, now);
        }
        else
        {
            user = new UserRecord(Guid.NewGuid(), email)
            {
                EmailConfirmedAt = profile.EmailVerified && email is not null ? Values.Truncate(now) : null,
                AppMetadata = new JsonObject { ["provider"] = profile.Provider, ["providers"] = new JsonArray(profile.Provider) },
                UserMetadata = (JsonObject)data.DeepClone(),
                CreatedAt = Values.Truncate(now),
                UpdatedAt = Values.Truncate(now),
            };
            await UserStore.InsertAsync(tx, user);
            await AuditLog.WriteAsync(tx, new AuditEvent("user_signedup", "team", user.Id, user.Email,
                new JsonObject { ["provider"] = profile.Provider }), client, now);
        }
        await IdentityStore.InsertAsync(tx, new IdentityRecord(Guid.NewGuid(), profile.Subject, user.Id, profile.Provider, data)
        {
            Email = email,
            LastSignInAt = now,
            CreatedAt = now,
        });
        return user;
    }

    /// <summary>
    /// As GoTrue: the provider's current profile is merged into <c>user_metadata</c> at every sign-in, its keys winning,
    /// so a changed name or avatar shows; keys the app set that the provider does not send stay.
    /// </summary>
    private static async Task<UserRecord> RefreshMetadataAsync(AuthTransaction tx, UserRecord user, JsonObject data, DateTimeOffset now)
    {
        var merged = (JsonObject)user.UserMetadata.DeepClone();
        foreach (var (key, value) in data)
        {
            merged[key] = value?.DeepClone();
        }
        if (JsonNode.DeepEquals(merged, user.UserMetadata))
        {
            return user;
        }
        await UserStore.SetUserMetadataAsync(tx, user.Id, merged, now);
        return user with { UserMetadata = merged, UpdatedAt = Values.Truncate(now) };
    }

    private static AuthError ProviderEmailNeedsVerification(string provider) =>
        new(422, "provider_email_needs_verification", $"Unverified email with {provider}: verify the address with the provider, then sign in again");

    /// <summary>GoTrue's identity data: the provider's claims with <c>sub</c>, <c>iss</c>, <c>email</c> and <c>email_verified</c> in its terms.</summary>
    private static JsonObject IdentityData(ExternalProfile profile, string? email)
    {
        var data = (JsonObject)profile.Claims.DeepClone();
        data["sub"] = profile.Subject;
        data["provider_id"] = profile.Subject;
        data["email_verified"] = profile.EmailVerified;
        data["phone_verified"] = false;
        if (email is not null)
        {
            data["email"] = email;
        }
        return data;
    }

    private static List<string> Providers(JsonObject appMetadata) =>
        appMetadata["providers"] is JsonArray list
            ? [.. list.Select(p => p?.GetValueKind() == System.Text.Json.JsonValueKind.String ? p.GetValue<string>() : null).OfType<string>()]
            : [];
}
