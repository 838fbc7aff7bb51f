using System.Text.Json.Nodes;
using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Basalt.Auth.RateLimiting;
using Basalt.Auth.Sessions;
using Basalt.Auth.Storage;
using Basalt.Auth.Tokens;
using OtpNet;

namespace Basalt.Auth.Mfa;

/// <summary>
/// GoTrue's TOTP MFA over <c>auth.mfa_factors</c> and <c>auth.mfa_challenges</c>: enroll (a new unverified factor and
/// its key, shown once), challenge (five minutes, one IP), verify (RFC 6238: SHA-1, six digits, 30-second steps, one
/// step either side; a code is accepted once per factor) which raises the session to <c>aal2</c> with <c>totp</c> in its
/// <c>amr</c> and hands out new tokens, and unenroll (a verified factor only from an <c>aal2</c> session). The spec's
/// <c>auth.mfa.totp</c> switches enrollment and verification on. Every refusal changes nothing.
/// </summary>
public sealed class MfaFactors(AuthDatabase database, AuthOptions options, SessionIssuer sessions, AuthRateLimiter limiter, TimeProvider time)
{
    public const string Totp = "totp";

    /// <summary>GoTrue's <c>MFA_CHALLENGE_EXPIRY_DURATION</c> and <c>MFA_FACTOR_EXPIRY_DURATION</c> defaults.</summary>
    public static readonly TimeSpan ChallengeLifetime = TimeSpan.FromMinutes(5);

    /// <summary>GoTrue's <c>MFA_MAX_ENROLLED_FACTORS</c> default.</summary>
    public const int MaxFactors = 10;

    private readonly SecretSealer protector = new(options.Settings.Jwt.Secret, SecretSealer.TotpKeys);

    public Task<IReadOnlyList<MfaFactorRecord>> ListAsync(Guid userId, CancellationToken ct) =>
        database.InTransactionAsync(tx => MfaFactorStore.ListForUserAsync(tx, userId), ct);

    public async Task<AuthResult<TotpEnrollment>> EnrollAsync(AuthenticatedUser who, string? factorType, string? friendlyName, string? issuer,
        AuthClient client, CancellationToken ct)
    {
        if (who.Session is not { } session)
        {
            return MfaErrors.SessionRequired;
        }
        if (FactorTypeError(factorType) is { } refused)
        {
            return refused;
        }
        var name = string.IsNullOrWhiteSpace(friendlyName) ? null : friendlyName.Trim();
        if (name is { Length: > 256 })
        {
            return AuthErrors.Validation("friendly_name must be at most 256 characters");
        }
        issuer = string.IsNullOrWhiteSpace(issuer) ? new Uri(options.Settings.SiteUrl).Authority : issuer.Trim();
        var now = time.GetUtcNow();
        return await database.InTransactionAsync<AuthResult<TotpEnrollment>>(async tx =>
        {
            var factors = await MfaFactorStore.ListForUserAsync(tx, who.User.Id);
            if (name is not null && factors.Any(f => f.FriendlyName == name))
            {
                return MfaErrors.NameConflict(name);
            }
            if (factors.Count >= MaxFactors)
            {
                return MfaErrors.TooManyFactors;
            }
            if (factors.Any(f => f.IsVerified) && session.Aal != "aal2")
            {
                return MfaErrors.EnrollNeedsAal2;
            }
            var key = KeyGeneration.GenerateRandomKey(20);
            var secret = Base32Encoding.ToString(key).TrimEnd('=');
            var account = who.User.Email ?? who.User.Phone ?? who.User.Id.ToString("D");
            var uri = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}"
                + $"?algorithm=SHA1&digits=6&issuer={Uri.EscapeDataString(issuer)}&period=30&secret={secret}";
            var id = Guid.NewGuid();
            var factor = new MfaFactorRecord(id, who.User.Id, name, Totp, MfaFactorRecord.Unverified, protector.Protect(id, key), Values.Truncate(now))
            {
                UpdatedAt = Values.Truncate(now),
            };
            await MfaFactorStore.InsertAsync(tx, factor);
            await AuditLog.WriteAsync(tx, Event("factor_in_progress", who.User, factor), client, now);
            return new TotpEnrollment(factor, secret, uri, TotpQrCode.Svg(uri));
        }, ct);
    }

    public async Task<AuthResult<MfaChallenge>> ChallengeAsync(AuthenticatedUser who, Guid factorId, AuthClient client, CancellationToken ct)
    {
        if (who.Session is null)
        {
            return MfaErrors.SessionRequired;
        }
        var now = time.GetUtcNow();
        return await database.InTransactionAsync<AuthResult<MfaChallenge>>(async tx =>
        {
            if (await MfaFactorStore.FindAsync(tx, who.User.Id, factorId) is not { } factor)
            {
                return MfaErrors.FactorNotFound;
            }
            if (!options.Settings.MfaTotp)
            {
                return MfaErrors.VerifyDisabled;
            }
            var challenge = new MfaChallengeRecord(Guid.NewGuid(), factor.Id, Values.Truncate(now), null, client.Ip);
            await MfaChallengeStore.InsertAsync(tx, challenge);
            await MfaFactorStore.MarkChallengedAsync(tx, factor.Id, now);
            await AuditLog.WriteAsync(tx, Event("challenge_created", who.User, factor), client, now);
            return new MfaChallenge(challenge.Id, factor.FactorType, challenge.CreatedAt + ChallengeLifetime);
        }, ct);
    }

    public async Task<AuthResult<AuthSession>> VerifyAsync(AuthenticatedUser who, Guid factorId, Guid challengeId, string code,
        AuthClient client, CancellationToken ct)
    {
        if (who.Session is not { } session)
        {
            return MfaErrors.SessionRequired;
        }
        if (await limiter.MfaVerifyAsync(client, factorId, ct) is { } limited)
        {
            return limited;
        }
        var now = time.GetUtcNow();
        try
        {
            return await database.InTransactionAsync<AuthResult<AuthSession>>(async tx =>
            {
                if (await MfaFactorStore.FindAsync(tx, who.User.Id, factorId) is not { } factor)
                {
                    return MfaErrors.FactorNotFound;
                }
                if (!options.Settings.MfaTotp)
                {
                    return MfaErrors.VerifyDisabled;
                }
                if (await MfaChallengeStore.FindAsync(tx, factor.Id, challengeId) is not { } challenge)
                {
                    return MfaErrors.ChallengeNotFound;
                }
                if (challenge.VerifiedAt is not null || challenge.IpAddress != client.Ip)
                {
                    return MfaErrors.ChallengeSpentOrMoved;
                }
                if (now > challenge.CreatedAt + ChallengeLifetime)
                {
                    return MfaErrors.ChallengeExpired(challenge.Id);
                }
                var key = protector.Unprotect(factor.Id, factor.Secret)
                    ?? throw new InvalidOperationException($"the secret of MFA factor {factor.Id} does not decrypt with the current auth.jwt.secret");
                var totp = new Totp(key, step: 30, mode: OtpHashMode.Sha1, totpSize: 6);
                long step = 0;
                var matches = code.Length == 6 && code.All(char.IsAsciiDigit)
                    && totp.VerifyTotp(now.UtcDateTime, code, out step, new VerificationWindow(previous: 1, future: 1));
                if (!matches || factor.LastUsedStep is { } last && step <= last)
                {
                    return MfaErrors.VerificationFailed;
                }
                // Both conditional: a concurrent request with the same code or challenge loses, and its writes roll back.
                if (!await MfaFactorStore.UseStepAsync(tx, factor.Id, step, now) || !await MfaChallengeStore.MarkVerifiedAsync(tx, challenge.Id, now))
                {
                    throw new RaceLostException();
                }
                var amr = new JsonArray(new JsonObject { ["method"] = Totp, ["timestamp"] = now.ToUnixTimeSeconds() });
                foreach (var entry in session.Amr.Where(e => e?["method"]?.GetValue<string>() != Totp))
                {
                    amr.Add(entry!.DeepClone());
                }
                await MfaSessionUpdates.UpgradeAsync(tx, session.Id, factor.Id, amr, now);
                await MfaSessionUpdates.DeleteOtherAal1Async(tx, who.User.Id, session.Id);
                await MfaFactorStore.DeleteUnverifiedAsync(tx, who.User.Id, factor.FactorType);
                await AuditLog.WriteAsync(tx, Event("verification_attempted", who.User, factor), client, now);
                var upgraded = await SessionStore.FindAsync(tx, session.Id) ?? throw new InvalidOperationException("the session vanished");
                var user = await UserStore.FindByIdAsync(tx, who.User.Id) ?? who.User;
                return await sessions.IssueAsync(tx, user, upgraded, parent: null, client, now);
            }, ct);
        }
        catch (RaceLostException)
        {
            return MfaErrors.VerificationFailed;
        }
    }

    public async Task<AuthResult<Guid>> UnenrollAsync(AuthenticatedUser who, Guid factorId, AuthClient client, CancellationToken ct)
    {
        if (who.Session is not { } session)
        {
            return MfaErrors.SessionRequired;
        }
        var now = time.GetUtcNow();
        return await database.InTransactionAsync<AuthResult<Guid>>(async tx =>
        {
            if (await MfaFactorStore.FindAsync(tx, who.User.Id, factorId) is not { } factor)
            {
                return MfaErrors.FactorNotFound;
            }
            if (factor.IsVerified && session.Aal != "aal2")
            {
                return MfaErrors.UnenrollNeedsAal2;
            }
            await MfaFactorStore.DeleteAsync(tx, factor.Id);
            await MfaSessionUpdates.DowngradeAsync(tx, factor.Id, now);
            await AuditLog.WriteAsync(tx, Event("factor_unenrolled", who.User, factor), client, now);
            return factor.Id;
        }, ct);
    }

    private AuthError? FactorTypeError(string? factorType) => factorType switch
    {
        Totp => options.Settings.MfaTotp ? null : MfaErrors.EnrollDisabled,
        "phone" => MfaErrors.PhoneDisabled,
        "webauthn" => MfaErrors.WebAuthnDisabled,
        _ => MfaErrors.UnknownFactorType,
    };

    private static AuditEvent Event(string action, UserRecord user, MfaFactorRecord factor) =>
        new(action, "factor", user.Id, user.Email, new JsonObject { ["factor_id"] = factor.Id.ToString("D"), ["factor_type"] = factor.FactorType });

    private sealed class RaceLostException : Exception;
}
