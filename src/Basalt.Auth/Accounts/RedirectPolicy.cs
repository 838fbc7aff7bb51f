using Basalt.Spec.Settings;

namespace Basalt.Auth.Accounts;

/// <summary>
/// Where links may send a browser: a URL on the origin of <c>auth.site_url</c> or one starting with an entry of
/// <c>auth.redirect_urls</c>; anything else falls back to the site URL, so a mail link cannot carry a session to a
/// stranger's site.
/// </summary>
public sealed class RedirectPolicy(AuthSettings settings)
{
    public string Resolve(string? redirectTo)
    {
        if (redirectTo is null || !Uri.TryCreate(redirectTo, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
        {
            return settings.SiteUrl;
        }
        if (Uri.TryCreate(settings.SiteUrl, UriKind.Absolute, out var site) && SameOrigin(site, target))
        {
            return redirectTo;
        }
        return settings.RedirectUrls.Any(allowed => redirectTo.StartsWith(allowed, StringComparison.Ordinal)
            && Uri.TryCreate(allowed, UriKind.Absolute, out var a) && SameOrigin(a, target)) ? redirectTo : settings.SiteUrl;
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
