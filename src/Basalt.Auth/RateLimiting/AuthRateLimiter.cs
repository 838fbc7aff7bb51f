using Basalt.Auth.Errors;

namespace Basalt.Auth.RateLimiting;

/// <summary>Applies <see cref="AuthRateLimits"/>: null when a request may go on, else the 429 with its <c>Retry-After</c>.</summary>
public sealed class AuthRateLimiter(IRateLimitStore store, AuthRateLimits limits, TimeProvider time)
{
    public Task<AuthError?> SignInAsync(AuthClient client, string? email, CancellationToken ct) =>
        CheckAsync(ct, ("signin:ip:" + client.Ip, limits.SignInPerIp), email is null ? default : ("signin:account:" + email, limits.SignInPerAccount));

    public Task<AuthError?> SignUpAsync(AuthClient client, CancellationToken ct) =>
        CheckAsync(ct, ("signup:ip:" + client.Ip, limits.SignUpPerIp));

    public Task<AuthError?> VerifyAsync(AuthClient client, string? account, CancellationToken ct) =>
        CheckAsync(ct, ("verify:ip:" + client.Ip, limits.VerifyPerIp), account is null ? default : ("verify:account:" + account, limits.VerifyPerAccount));

    /// <summary>A recovery or magic-link request: per IP, then one mail a minute per address (<c>over_email_send_rate_limit</c>).</summary>
    public async Task<AuthError?> MailAsync(AuthClient client, string account, CancellationToken ct)
    {
        if (await CheckAsync(ct, ("mail:ip:" + client.Ip, limits.MailPerIp)) is { } limited)
        {
            return limited;
        }
        var decision = await store.HitAsync("mail:account:" + account, limits.MailPerAccount, time.GetUtcNow(), ct);
        return decision.Allowed ? null : AuthErrors.OverEmailSendRateLimit(decision.RetryAfter);
    }

    public Task<AuthError?> RefreshAsync(AuthClient client, CancellationToken ct) =>
        CheckAsync(ct, ("refresh:ip:" + client.Ip, limits.RefreshPerIp));

    public Task<AuthError?> MfaVerifyAsync(AuthClient client, Guid factorId, CancellationToken ct) =>
        CheckAsync(ct, ("mfa:ip:" + client.Ip, limits.MfaVerifyPerIp), ("mfa:factor:" + factorId.ToString("D"), limits.MfaVerifyPerFactor));

    private async Task<AuthError?> CheckAsync(CancellationToken ct, params (string Key, RateLimitRule Rule)[] checks)
    {
        var now = time.GetUtcNow();
        foreach (var (key, rule) in checks)
        {
            if (key is null)
            {
                continue;
            }
            var decision = await store.HitAsync(key, rule, now, ct);
            if (!decision.Allowed)
            {
                return AuthErrors.OverRequestRateLimit(decision.RetryAfter);
            }
        }
        return null;
    }
}
