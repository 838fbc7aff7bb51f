using System.Text;
using Basalt.Auth.Keys;
using Basalt.Spec;
using Basalt.Spec.Settings;

namespace Basalt.Server;

/// <summary>What <c>basalt serve</c> prints once it listens: where each surface is, which database, and the keys a client needs.</summary>
public static class ServerBanner
{
    public static string Render(AppSpec spec, string databaseDisplayName, Uri baseUrl, ServiceKeys keys)
    {
        var root = Reachable(baseUrl).GetLeftPart(UriPartial.Authority);
        var text = new StringBuilder();
        text.AppendLine($"Basalt is serving '{spec.Name}' on {root}"
            + (Reachable(baseUrl) == baseUrl ? "" : $" (listening on every interface, {baseUrl.Host})"));
        text.AppendLine();
        // Only surfaces that are served.
        text.AppendLine($"  REST      {root}/rest/v1/{{table}}  (PostgREST's API; send the apikey header)");
        text.AppendLine($"  Auth      {root}/auth/v1  (Supabase Auth's API: signup, token, user, logout)");
        text.AppendLine($"  Health    {root}/health/live  {root}/health/ready");
        text.AppendLine($"  API docs  {root}/docs  {root}/openapi.json");
        text.AppendLine($"  Database  {spec.Database.Provider.ToString().ToLowerInvariant()}: {databaseDisplayName}");
        text.AppendLine();
        text.AppendLine($"  anon key          {keys.Anon}");
        text.AppendLine($"  service_role key  {keys.ServiceRole}");
        text.AppendLine("  (the service_role key bypasses every policy: keep it on servers, never in a browser)");
        if (spec.Auth.Jwt.Secret == AuthSettings.DevelopmentSecret)
        {
            text.AppendLine();
            text.AppendLine("  WARNING: auth.jwt.secret is the public development secret, so anyone can sign keys and tokens");
            text.AppendLine("           for this server. Set a secret of your own (e.g. BASALT_JWT_SECRET) before it faces a network.");
        }
        return text.ToString();
    }

    /// <summary>A wildcard address (<c>0.0.0.0</c>, <c>[::]</c>) is where Kestrel listens, not a URL anyone can open: show loopback instead.</summary>
    private static Uri Reachable(Uri url) => url.Host switch
    {
        "0.0.0.0" => new UriBuilder(url) { Host = "127.0.0.1" }.Uri,
        "[::]" or "::" => new UriBuilder(url) { Host = "[::1]" }.Uri,
        _ => url,
    };
}
