using System.Globalization;
using Basalt.Auth;
using Basalt.Auth.Admin;
using Basalt.Auth.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Auth;

/// <summary>
/// <c>/auth/v1/admin/…</c> over HTTP: GoTrue's users API and <c>generate_link</c>, and Basalt's own API key endpoints.
/// Every handler needs a project key (as all of <c>/auth/v1</c>) and a service_role caller, checked before the body is read.
/// </summary>
internal sealed class AdminEndpoints(AuthService auth, AuthApiKey apiKeys, ILoggerFactory loggers)
{
    private static readonly AuthError BadUserId = new(404, "user_not_found", "User not found");

    private readonly ILogger logger = loggers.CreateLogger("Basalt.Server.Auth");

    public Task ListUsersAsync(HttpContext context) => AdminAsync(context, async () =>
    {
        if (!Paging(context, out var page, out var perPage, out var bad))
        {
            return bad;
        }
        var (users, total) = await auth.AdminUsers.ListAsync(page, perPage, context.RequestAborted);
        context.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        var last = Math.Max(1, (int)Math.Ceiling(total / (double)perPage));
        var links = new List<string>();
        if (page < last)
        {
            links.Add($"</admin/users?page={page + 1}&per_page={perPage}>; rel=\"next\"");
        }
        links.Add($"</admin/users?page={last}&per_page={perPage}>; rel=\"last\"");
        context.Response.Headers.Link = string.Join(", ", links);
        await AuthHttp.WriteJsonAsync(context, 200, AdminJson.Users(users));
        return null;
    });

    public Task CreateUserAsync(HttpContext context) => AdminBodyAsync(context, async body =>
    {
        var request = UserRequest(body);
        if (body.Error is { } bad)
        {
            return bad;
        }
        var created = await auth.AdminUsers.CreateAsync(request, AuthHttp.Client(context), context.RequestAborted);
        return created.IsSuccess ? await Write(context, AuthJson(created.Value)) : created.Error;
    });

    public Task GetUserAsync(HttpContext context, string id) => AdminAsync(context, async () =>
    {
        if (!Guid.TryParseExact(id, "D", out var userId))
        {
            return BadUserId;
        }
        var user = await auth.AdminUsers.GetAsync(userId, context.RequestAborted);
        return user.IsSuccess ? await Write(context, AuthJson(user.Value)) : user.Error;
    });

    public Task UpdateUserAsync(HttpContext context, string id) => AdminBodyAsync(context, async body =>
    {
        var request = UserRequest(body);
        if (body.Error is { } bad)
        {
            return bad;
        }
        if (!Guid.TryParseExact(id, "D", out var userId))
        {
            return BadUserId;
        }
        var updated = await auth.AdminUsers.UpdateAsync(userId, request, AuthHttp.Client(context), context.RequestAborted);
        return updated.IsSuccess ? await Write(context, AuthJson(updated.Value)) : updated.Error;
    });

    public Task DeleteUserAsync(HttpContext context, string id) => AdminAsync(context, async () =>
    {
        if (!Guid.TryParseExact(id, "D", out var userId))
        {
            return BadUserId;
        }
        var user = await auth.AdminUsers.GetAsync(userId, context.RequestAborted);
        if (!user.IsSuccess)
        {
            return user.Error;
        }
        return await auth.AdminUsers.DeleteAsync(userId, AuthHttp.Client(context), context.RequestAborted)
            ?? await Write(context, AuthJson(user.Value));
    });

    public Task GenerateLinkAsync(HttpContext context) => AdminBodyAsync(context, async body =>
    {
        var request = new GenerateLinkRequest(body.Text("type"), body.Text("email"), body.Text("new_email"), body.Text("password"), body.Object("data"),
            body.Text("redirect_to") ?? (context.Request.Query["redirect_to"].ToString() is { Length: > 0 } r ? r : null));
        if (body.Error is { } bad)
        {
            return bad;
        }
        var link = await auth.AdminLinks.GenerateAsync(request, AuthHttp.Client(context), context.RequestAborted);
        return link.IsSuccess ? await Write(context, AdminJson.Link(link.Value)) : link.Error;
    });

    /// <summary><c>POST /invite</c>: GoTrue serves it outside <c>/admin</c>, but only to service_role.</summary>
    public Task InviteAsync(HttpContext context) => AdminBodyAsync(context, async body =>
    {
        var (email, data) = (body.Text("email"), body.Object("data"));
        if (body.Error is { } bad)
        {
            return bad;
        }
        var redirect = context.Request.Query["redirect_to"].ToString() is { Length: > 0 } r ? r : null;
        var invited = await auth.Invitations.InviteAsync(email, data, redirect, AuthHttp.Client(context), context.RequestAborted);
        return invited.IsSuccess ? await Write(context, AuthJson(invited.Value)) : invited.Error;
    });

    public Task CreateKeyAsync(HttpContext context) => AdminBodyAsync(context, async body =>
    {
        var (name, role, expiresText) = (body.Text("name"), body.Text("role"), body.Text("expires_at"));
        if (body.Error is { } bad)
        {
            return bad;
        }
        DateTimeOffset? expires = null;
        if (expiresText is not null)
        {
            if (!DateTimeOffset.TryParse(expiresText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            {
                return AuthErrors.Validation("expires_at must be an RFC 3339 time");
            }
            expires = at;
        }
        var created = await auth.ApiKeys.CreateAsync(name, role, expires, context.RequestAborted);
        return created.IsSuccess ? await Write(context, AdminJson.Key(created.Value.Key, created.Value.Secret), 201) : created.Error;
    });

    public Task ListKeysAsync(HttpContext context) => AdminAsync(context, async () =>
        await Write(context, AdminJson.Keys(await auth.ApiKeys.ListAsync(context.RequestAborted))));

    public Task RevokeKeyAsync(HttpContext context, string id) => AdminAsync(context, async () =>
    {
        var notFound = new AuthError(404, "api_key_not_found", "API key not found");
        if (!Guid.TryParseExact(id, "D", out var keyId))
        {
            return notFound;
        }
        return await auth.ApiKeys.RevokeAsync(keyId, context.RequestAborted) is { } revoked ? await Write(context, AdminJson.Key(revoked)) : notFound;
    });

    private static AdminUserRequest UserRequest(AuthBody body) => new(body.Text("email"), body.Text("password"))
    {
        EmailConfirm = body.Bool("email_confirm"),
        UserMetadata = body.Object("user_metadata"),
        AppMetadata = body.Object("app_metadata"),
        BanDuration = body.Text("ban_duration"),
    };

    private static bool Paging(HttpContext context, out int page, out int perPage, out AuthError? error)
    {
        (page, perPage, error) = (1, AdminUsers.DefaultPerPage, null);
        var query = context.Request.Query;
        if (query["page"].ToString() is { Length: > 0 } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > 1_000_000))
        {
            error = AuthErrors.Validation("page must be a positive integer");
            return false;
        }
        if (query["per_page"].ToString() is { Length: > 0 } pp
            && (!int.TryParse(pp, NumberStyles.None, CultureInfo.InvariantCulture, out perPage) || perPage < 1 || perPage > AdminUsers.MaxPerPage))
        {
            error = AuthErrors.Validation($"per_page must be an integer from 1 to {AdminUsers.MaxPerPage}");
            return false;
        }
        return true;
    }

    private static byte[] AuthJson(Basalt.Auth.Storage.UserRecord user) => Basalt.Auth.Responses.AuthJson.User(user);

    private static async Task<AuthError?> Write(HttpContext context, byte[] body, int status = 200)
    {
        await AuthHttp.WriteJsonAsync(context, status, body);
        return null;
    }

    private Task AdminBodyAsync(HttpContext context, Func<AuthBody, Task<AuthError?>> handle) => AdminAsync(context, async () =>
    {
        var (body, error) = await AuthHttp.ReadJsonAsync(context);
        return error ?? await handle(body!);
    });

    /// <summary>Checks the project key and the service_role caller, runs the handler, writes its error; a crash is GoTrue's 500.</summary>
    private async Task AdminAsync(HttpContext context, Func<Task<AuthError?>> handle)
    {
        try
        {
            var error = await apiKeys.CheckAsync(context) ?? await apiKeys.RequireServiceRoleAsync(context) ?? await handle();
            if (error is not null)
            {
                await AuthHttp.WriteErrorAsync(context, error);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            logger.LogError(e, "auth admin request failed with an unexpected error");
            context.Response.Clear();
            await AuthHttp.WriteErrorAsync(context, AuthErrors.Unexpected);
        }
    }
}
