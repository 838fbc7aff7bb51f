using System.Globalization;
using Basalt.Auth;
using Basalt.Auth.Accounts;
using Basalt.Auth.Errors;
using Basalt.Auth.Responses;
using Basalt.Auth.Sessions;
using Basalt.Auth.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Auth;

/// <summary>
/// <c>/auth/v1</c> over HTTP: each handler checks the API key, reads the body, calls one part of
/// <see cref="AuthService"/> and writes its answer. Everything GoTrue-specific lives in <c>Basalt.Auth</c>.
/// </summary>
internal sealed partial class AuthEndpoints(AuthService auth, AuthApiKey apiKeys, ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.CreateLogger("Basalt.Server.Auth");

    public Task HealthAsync(HttpContext context) =>
        AuthHttp.WriteJsonAsync(context, 200, """{"version":"basalt","name":"GoTrue","description":"Basalt's Supabase Auth compatible API"}"""u8.ToArray());

    public Task SettingsAsync(HttpContext context) => GuardedAsync(context, () =>
        AuthHttp.WriteJsonAsync(context, 200, SettingsJson.Render(auth.Options.Settings)));

    public Task SignUpAsync(HttpContext context) => WithBodyAsync(context, async body =>
    {
        var pkce = Pkce(body);
        var request = new SignUpRequest(body.Text("email"), body.Text("password"), body.Object("data"), body.Text("phone"), RedirectTo(context));
        if (body.Error is { } bad)
        {
            return bad;
        }
        if (!pkce.IsSuccess)
        {
            return pkce.Error;
        }
        request = request with { Pkce = pkce.Value };
        var result = await auth.SignUp.SignUpAsync(request, AuthHttp.Client(context), context.RequestAborted);
        if (!result.IsSuccess)
        {
            return result.Error;
        }
        var outcome = result.Value;
        await AuthHttp.WriteJsonAsync(context, 200, outcome.Session is { } session ? AuthJson.Session(session) : AuthJson.User(outcome.User, outcome.HasIdentity));
        return null;
    });

    public Task TokenAsync(HttpContext context) => WithBodyAsync(context, async body =>
    {
        var client = AuthHttp.Client(context);
        AuthResult<AuthSession> result;
        switch (context.Request.Query["grant_type"].ToString())
        {
            case "password":
                var (email, password, phone) = (body.Text("email"), body.Text("password"), body.Text("phone"));
                if (body.Error is { } bad)
                {
                    return bad;
                }
                if (email is null && phone is not null)
                {
                    return new AuthError(400, "phone_provider_disabled", "Phone logins are disabled");
                }
                result = await auth.Passwords.SignInAsync(email, password, client, context.RequestAborted);
                break;
            case "refresh_token":
                var token = body.Text("refresh_token");
                if (body.Error is { } badToken)
                {
                    return badToken;
                }
                if (string.IsNullOrEmpty(token))
                {
                    return AuthErrors.RefreshTokenNotFound;
                }
                if (await auth.Limiter.RefreshAsync(client, context.RequestAborted) is { } limited)
                {
                    return limited;
                }
                result = await auth.Refresh.RefreshAsync(token, client, context.RequestAborted);
                break;
            case "pkce":
                var (code, verifier) = (body.Text("auth_code"), body.Text("code_verifier"));
                if (body.Error is { } badPkce)
                {
                    return badPkce;
                }
                result = await auth.Pkce.ExchangeAsync(code, verifier, client, context.RequestAborted);
                break;
            default:
                return AuthErrors.UnsupportedGrantType;
        }
        if (!result.IsSuccess)
        {
            return result.Error;
        }
        await AuthHttp.WriteJsonAsync(context, 200, AuthJson.Session(result.Value));
        return null;
    });

    public Task VerifyAsync(HttpContext context) => WithBodyAsync(context, async body =>
    {
        var (type, tokenHash, email, token) = (body.Text("type"), body.Text("token_hash"), body.Text("email"), body.Text("token"));
        if (body.Error is { } bad)
        {
            return bad;
        }
        var client = AuthHttp.Client(context);
        AuthResult<AuthSession> result;
        if (string.IsNullOrEmpty(type))
        {
            return AuthErrors.Validation("Verify requires a verification type");
        }
        if (string.IsNullOrEmpty(tokenHash) && (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(email)))
        {
            return AuthErrors.Validation("Verify requires either a token or a token hash");
        }
        if (type == "email_change")
        {
            var change = !string.IsNullOrEmpty(tokenHash)
                ? await auth.EmailChanges.VerifyTokenAsync(tokenHash, client, context.RequestAborted)
                : await auth.EmailChanges.VerifyCodeAsync(email!, token!, client, context.RequestAborted);
            if (change is { IsSuccess: true, Value.Message: { } message })
            {
                await AuthHttp.WriteJsonAsync(context, 200, AuthJson.Message(message));
                return null;
            }
            result = change.IsSuccess ? change.Value.Session! : change.Error;
        }
        else if (!string.IsNullOrEmpty(tokenHash))
        {
            result = await auth.Verification.VerifyTokenAsync(type, tokenHash, client, context.RequestAborted);
        }
        else
        {
            result = await auth.Verification.VerifyCodeAsync(type, email!, token!, client, context.RequestAborted);
        }
        if (!result.IsSuccess)
        {
            return result.Error;
        }
        await AuthHttp.WriteJsonAsync(context, 200, AuthJson.Session(result.Value));
        return null;
    });

    public Task GetUserAsync(HttpContext context) => GuardedAsync(context, async () =>
    {
        var who = await auth.Users.AuthenticateAsync(Bearer(context), context.RequestAborted);
        await (who.IsSuccess
            ? AuthHttp.WriteJsonAsync(context, 200, AuthJson.User(who.Value.User, factors: await auth.Mfa.ListAsync(who.Value.User.Id, context.RequestAborted),
                identities: await auth.External.IdentitiesAsync(who.Value.User.Id, context.RequestAborted)))
            : AuthHttp.WriteErrorAsync(context, who.Error));
    });

    public Task UpdateUserAsync(HttpContext context) => WithBodyAsync(context, async body =>
    {
        var pkce = Pkce(body);
        var request = new UserUpdateRequest(body.Text("email"), body.Text("phone"), body.Text("password"), body.Object("data")) { RedirectTo = RedirectTo(context) };
        if (body.Error is { } bad)
        {
            return bad;
        }
        if (!pkce.IsSuccess)
        {
            return pkce.Error;
        }
        request = request with { Pkce = pkce.Value };
        var who = await auth.Users.AuthenticateAsync(Bearer(context), context.RequestAborted);
        if (!who.IsSuccess)
        {
            return who.Error;
        }
        var updated = await auth.Updates.UpdateAsync(who.Value, request, AuthHttp.Client(context), context.RequestAborted);
        if (!updated.IsSuccess)
        {
            return updated.Error;
        }
        await AuthHttp.WriteJsonAsync(context, 200, AuthJson.User(updated.Value, factors: await auth.Mfa.ListAsync(updated.Value.Id, context.RequestAborted),
            identities: await auth.External.IdentitiesAsync(updated.Value.Id, context.RequestAborted)));
        return null;
    });

    public Task LogoutAsync(HttpContext context) => GuardedAsync(context, async () =>
    {
        var who = await auth.Users.AuthenticateAsync(Bearer(context), context.RequestAborted);
        var error = who.IsSuccess
            ? await auth.SignOut.SignOutAsync(who.Value, context.Request.Query["scope"].ToString(), AuthHttp.Client(context), context.RequestAborted)
            : who.Error;
        if (error is not null)
        {
            await AuthHttp.WriteErrorAsync(context, error);
            return;
        }
        AuthHttp.NoContent(context);
    });

    /// <summary>The user's token: <c>Authorization: Bearer</c> only (the <c>apikey</c> names the project, not a user).</summary>
    internal static string? Bearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? BearerToken.Find(header, null) : null;

    internal Task WithBodyAsync(HttpContext context, Func<AuthBody, Task<AuthError?>> handle) => GuardedAsync(context, async () =>
    {
        var (body, error) = await AuthHttp.ReadJsonAsync(context);
        error ??= await handle(body!);
        if (error is not null)
        {
            await AuthHttp.WriteErrorAsync(context, error);
        }
    });

    /// <summary>Checks the API key, runs the handler, and turns an unexpected failure into GoTrue's 500 body (logged, never shown).</summary>
    internal async Task GuardedAsync(HttpContext context, Func<Task> handle)
    {
        if (await apiKeys.CheckAsync(context) is { } refused)
        {
            await AuthHttp.WriteErrorAsync(context, refused);
            return;
        }
        try
        {
            await handle();
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            logger.LogError(e, "auth request failed with an unexpected error");
            context.Response.Clear();
            await AuthHttp.WriteErrorAsync(context, AuthErrors.Unexpected);
        }
    }

    private static string Fragment(params (string Key, string Value)[] pairs) =>
        string.Join("&", pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
}
