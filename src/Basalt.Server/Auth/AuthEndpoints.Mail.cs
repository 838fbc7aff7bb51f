using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Microsoft.AspNetCore.Http;

namespace Basalt.Server.Auth;

/// <summary>The mail-based flows of <c>/auth/v1</c>: <c>/recover</c>, <c>/otp</c> and <c>/reauthenticate</c>; each answers <c>{}</c>.</summary>
internal sealed partial class AuthEndpoints
{
    public Task RecoverAsync(HttpContext context) => WithBodyAsync(context, async body =>
    {
        var (email, pkce) = (body.Text("email"), Pkce(body));
        if (body.Error is { } bad)
        {
            return bad;
        }
        if (!pkce.IsSuccess)
        {
            return pkce.Error;
        }
        var error = await auth.Recovery.RecoverAsync(email, RedirectTo(context), AuthHttp.Client(context), pkce.Value, context.RequestAborted);
        return error ?? await EmptyAsync(context);
    });

    public Task OtpAsync(HttpContext context) => WithBodyAsync(context, async body =>
    {
        var pkce = Pkce(body);
        var request = new OtpRequest(body.Text("email"), body.Text("phone"), body.Bool("create_user") ?? true, body.Object("data"), RedirectTo(context));
        if (body.Error is { } bad)
        {
            return bad;
        }
        if (!pkce.IsSuccess)
        {
            return pkce.Error;
        }
        request = request with { Pkce = pkce.Value };
        var error = await auth.MagicLinks.SendAsync(request, AuthHttp.Client(context), context.RequestAborted);
        return error ?? await EmptyAsync(context);
    });

    public Task ReauthenticateAsync(HttpContext context) => GuardedAsync(context, async () =>
    {
        var who = await auth.Users.AuthenticateAsync(Bearer(context), context.RequestAborted);
        var error = who.IsSuccess ? await auth.Reauthentication.SendAsync(who.Value, AuthHttp.Client(context), context.RequestAborted) : who.Error;
        await (error is null ? EmptyAsync(context) : AuthHttp.WriteErrorAsync(context, error));
    });

    /// <summary>A PKCE client's <c>code_challenge</c> and <c>code_challenge_method</c>, if it sent them (<see cref="MailPkce"/>).</summary>
    private static AuthResult<PkceChallenge?> Pkce(AuthBody body) =>
        MailPkce.FromBody(body.Text("code_challenge"), body.Text("code_challenge_method"));

    private static string? RedirectTo(HttpContext context) =>
        context.Request.Query["redirect_to"].ToString() is { Length: > 0 } redirect ? redirect : null;

    private static async Task<AuthError?> EmptyAsync(HttpContext context)
    {
        await AuthHttp.WriteJsonAsync(context, 200, "{}"u8.ToArray());
        return null;
    }
}
