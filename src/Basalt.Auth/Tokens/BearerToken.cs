namespace Basalt.Auth.Tokens;

/// <summary>
/// Finds the token a request carries. <c>Authorization: Bearer …</c> wins; without it the <c>apikey</c> header (which
/// Supabase clients always send) is the token, as Supabase's gateway forwards it. The scheme is matched without
/// regard to case, as PostgREST does; an <c>Authorization</c> header of another scheme is ignored.
/// </summary>
public static class BearerToken
{
    /// <summary>The token, <c>""</c> for <c>Authorization: Bearer</c> with nothing after it, or null when the request carries none.</summary>
    public static string? Find(string? authorization, string? apiKey)
    {
        if (authorization is not null)
        {
            var text = authorization.Trim();
            var space = text.IndexOfAny([' ', '\t']);
            var scheme = space < 0 ? text : text[..space];
            if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                return space < 0 ? "" : text[(space + 1)..].Trim();
            }
        }
        return apiKey?.Trim() is { Length: > 0 } key ? key : null;
    }
}
