using System.Globalization;
using Basalt.Auth;
using Basalt.Auth.Errors;
using Basalt.Auth.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Basalt.Server.Auth;

/// <summary>
/// The HTTP details every <c>/auth/v1</c> answer shares: the body limit, the client's identity, the
/// <c>X-Supabase-Api-Version</c> header (read to choose the error body, echoed back when it names a known version), the
/// <c>x-sb-error-code</c> header, <c>Retry-After</c> on 429, and JSON bodies.
/// </summary>
internal static class AuthHttp
{
    /// <summary>Auth bodies are small (an email, a password, metadata); anything larger is refused with 413 before parsing.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public const string ApiVersionHeader = "X-Supabase-Api-Version";

    public const string ErrorCodeHeader = "x-sb-error-code";

    private static readonly DateOnly FirstVersion = new(2024, 1, 1);

    public static AuthClient Client(HttpContext context)
    {
        var request = context.Request;
        return new AuthClient(context.Connection.RemoteIpAddress?.ToString(), request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null,
            $"{request.Scheme}://{request.Host}{request.PathBase}/auth/v1");
    }

    /// <summary>The body as bytes, or the 413 when it is over <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<(ReadOnlyMemory<byte> Body, AuthError? Error)> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return (default, AuthErrors.BodyTooLarge(MaxBodyBytes));
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (default, AuthErrors.BodyTooLarge(MaxBodyBytes));
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), null);
    }

    public static async Task<(AuthBody? Body, AuthError? Error)> ReadJsonAsync(HttpContext context)
    {
        var (bytes, tooLarge) = await ReadBodyAsync(context);
        return tooLarge is not null ? (null, tooLarge) : AuthBody.Parse(bytes);
    }

    public static Task WriteJsonAsync(HttpContext context, int status, byte[] body)
    {
        EchoVersion(context);
        DisableStatusPages(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    public static Task WriteErrorAsync(HttpContext context, AuthError error)
    {
        context.Response.Headers[ErrorCodeHeader] = error.Code;
        if (error.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        return WriteJsonAsync(context, error.Status, AuthJson.Error(error, IsVersioned(context)));
    }

    public static void NoContent(HttpContext context)
    {
        EchoVersion(context);
        DisableStatusPages(context);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    public static void Redirect(HttpContext context, string location)
    {
        DisableStatusPages(context);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = location;
    }

    /// <summary>True when the request names API version 2024-01-01 or later: errors are then <c>{code, message}</c>.</summary>
    public static bool IsVersioned(HttpContext context) => Version(context) is { } version && version >= FirstVersion;

    private static DateOnly? Version(HttpContext context) =>
        DateOnly.TryParseExact(context.Request.Headers[ApiVersionHeader].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v)
            ? v : null;

    private static void EchoVersion(HttpContext context)
    {
        if (Version(context) is { } version && version >= FirstVersion)
        {
            // GoTrue answers with the closest version it knows; 2024-01-01 is the only one after the initial.
            context.Response.Headers[ApiVersionHeader] = "2024-01-01";
        }
    }

    // Every auth answer is complete in itself: no problem+json page may replace it.
    private static void DisableStatusPages(HttpContext context)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
    }
}
