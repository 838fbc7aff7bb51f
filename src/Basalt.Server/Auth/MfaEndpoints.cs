using Basalt.Auth;
using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Basalt.Auth.Responses;
using Microsoft.AspNetCore.Http;

namespace Basalt.Server.Auth;

/// <summary>
/// GoTrue's MFA routes as auth-js calls them: <c>POST /factors</c> (enroll), <c>POST /factors/{id}/challenge</c>,
/// <c>POST /factors/{id}/verify</c> and <c>DELETE /factors/{id}</c>, each with the user's bearer token. The work is
/// <see cref="Basalt.Auth.Mfa.MfaFactors"/>; this maps bodies and answers, with <see cref="AuthEndpoints"/>' guards.
/// </summary>
internal sealed class MfaEndpoints(AuthService auth, AuthEndpoints endpoints)
{
    public Task EnrollAsync(HttpContext context) => endpoints.WithBodyAsync(context, async body =>
    {
        var (type, name, issuer) = (body.Text("factor_type"), body.Text("friendly_name"), body.Text("issuer"));
        if (body.Error is { } bad)
        {
            return bad;
        }
        var who = await UserAsync(context);
        if (!who.IsSuccess)
        {
            return who.Error;
        }
        var enrolled = await auth.Mfa.EnrollAsync(who.Value, type, name, issuer, AuthHttp.Client(context), context.RequestAborted);
        return await AnswerAsync(context, enrolled, MfaJson.Enrollment);
    });

    public Task ChallengeAsync(HttpContext context) => endpoints.WithBodyAsync(context, async body =>
    {
        if (body.Error is { } bad)
        {
            return bad;
        }
        var who = await UserAsync(context);
        if (!who.IsSuccess)
        {
            return who.Error;
        }
        if (FactorId(context) is not { } factorId)
        {
            return BadFactorId;
        }
        return await AnswerAsync(context, await auth.Mfa.ChallengeAsync(who.Value, factorId, AuthHttp.Client(context), context.RequestAborted), MfaJson.Challenge);
    });

    public Task VerifyAsync(HttpContext context) => endpoints.WithBodyAsync(context, async body =>
    {
        var (challenge, code) = (body.Text("challenge_id"), body.Text("code"));
        if (body.Error is { } bad)
        {
            return bad;
        }
        var challengeId = Guid.Empty;
        if (challenge is not null && !Guid.TryParse(challenge, out challengeId))
        {
            return AuthErrors.BadJson("challenge_id must be a UUID");
        }
        var who = await UserAsync(context);
        if (!who.IsSuccess)
        {
            return who.Error;
        }
        if (FactorId(context) is not { } factorId)
        {
            return BadFactorId;
        }
        if (string.IsNullOrEmpty(code))
        {
            return MfaErrors.CodeRequired;
        }
        var verified = await auth.Mfa.VerifyAsync(who.Value, factorId, challengeId, code, AuthHttp.Client(context), context.RequestAborted);
        return await AnswerAsync(context, verified, AuthJson.Session);
    });

    public Task UnenrollAsync(HttpContext context) => endpoints.GuardedAsync(context, async () =>
    {
        var who = await UserAsync(context);
        AuthError? error = who.Error;
        if (who.IsSuccess)
        {
            error = FactorId(context) is { } factorId
                ? await AnswerAsync(context, await auth.Mfa.UnenrollAsync(who.Value, factorId, AuthHttp.Client(context), context.RequestAborted), MfaJson.Unenrolled)
                : BadFactorId;
        }
        if (error is not null)
        {
            await AuthHttp.WriteErrorAsync(context, error);
        }
    });

    private static AuthError BadFactorId { get; } = new(404, "validation_failed", "factor_id must be an UUID");

    private Task<AuthResult<AuthenticatedUser>> UserAsync(HttpContext context) =>
        auth.Users.AuthenticateAsync(AuthEndpoints.Bearer(context), context.RequestAborted);

    private static Guid? FactorId(HttpContext context) =>
        Guid.TryParse(context.Request.RouteValues["factorId"] as string, out var id) ? id : null;

    private static async Task<AuthError?> AnswerAsync<T>(HttpContext context, AuthResult<T> result, Func<T, byte[]> render)
    {
        if (!result.IsSuccess)
        {
            return result.Error;
        }
        await AuthHttp.WriteJsonAsync(context, 200, render(result.Value));
        return null;
    }
}
