using Microsoft.Extensions.Primitives;

namespace Basalt.Server.Http;

/// <summary>
/// Request ids tie a response, its error body and every log line of the request together. A caller's id is kept
/// only if it is short and plain, so it cannot forge log lines or bloat them.
/// </summary>
internal static class RequestIds
{
    public const string HeaderName = "X-Request-Id";

    public const int MaxLength = 64;

    /// <summary>The caller's id if exactly one was sent and it is 1–64 characters of <c>[A-Za-z0-9._-]</c>; otherwise null.</summary>
    public static string? Accept(StringValues header)
    {
        if (header.Count != 1 || header[0] is not { Length: > 0 and <= MaxLength } id)
        {
            return null;
        }
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return null;
            }
        }
        return id;
    }

    /// <summary>A new id: a version 7 UUID in hex, so ids sort by time in a log store.</summary>
    public static string New() => Guid.CreateVersion7().ToString("N");
}
