using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Settings;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads <c>auth.providers</c>: <c>github</c>, <c>google</c>, or any OpenID Connect issuer by name.</summary>
internal static class OAuthProvidersReader
{
    private static readonly string[] WellKnown = ["github", "google"];

    public static IReadOnlyList<OAuthProviderSettings> Read(LoadContext context, SpecNode? node, string path)
    {
        if (context.Map(node, path) is not { } map)
        {
            return [];
        }
        var providers = new List<OAuthProviderSettings>();
        foreach (var (key, value) in map.Entries)
        {
            var providerPath = SpecPath.Key(path, key.Value);
            if (!NameRules.Provider().IsMatch(key.Value))
            {
                context.Error(key, providerPath, $"invalid provider name '{key.Value}'; use lowercase letters, digits, '_' and '-', starting with a letter");
            }
            if (Read(context, key.Value, value, providerPath) is { } provider)
            {
                providers.Add(provider);
            }
        }
        return providers.ToArray();
    }

    /// <summary>
    /// A provider whose client id and secret both expand to empty is switched off rather than refused, so one spec
    /// serves a laptop without the provider's secrets and production with them.
    /// </summary>
    private static OAuthProviderSettings? Read(LoadContext context, string name, SpecNode value, string path)
    {
        if (context.RequiredSection(value, path, SpecKeys.Provider) is not { } map)
        {
            return null;
        }
        context.Require(map, path, "client_id");
        context.Require(map, path, "client_secret");
        var clientId = context.String(map["client_id"], SpecPath.Key(path, "client_id")) ?? "";
        var clientSecret = context.String(map["client_secret"], SpecPath.Key(path, "client_secret")) ?? "";
        if (clientId.Length == 0 && clientSecret.Length == 0)
        {
            return null;
        }
        foreach (var (key, text) in new[] { ("client_id", clientId), ("client_secret", clientSecret) })
        {
            if (text.Length == 0 && map[key] is SpecScalar { ExpansionFailed: false } empty)
            {
                context.Error(empty, SpecPath.Key(path, key), $"{key} is empty while the other credential is set");
            }
        }
        var issuerPath = SpecPath.Key(path, "issuer");
        var issuer = context.OptionalString(map["issuer"], issuerPath);
        if (issuer is null && !WellKnown.Contains(name))
        {
            context.Error(map, path, "missing required key 'issuer'; providers other than github and google need their OpenID Connect issuer URL");
        }
        else if (issuer is not null && name == "github")
        {
            // GitHub is plain OAuth with fixed endpoints: an issuer here would be silently ignored.
            context.Error(map["issuer"]!, issuerPath, "github has no issuer to set (its endpoints are fixed); remove 'issuer'");
        }
        else if (issuer is not null && !IsIssuerUrl(issuer))
        {
            context.Error(map["issuer"]!, issuerPath, $"expected the issuer's https:// URL (http:// only on a loopback host), found '{issuer}'");
        }
        var scopes = context.Strings(map["scopes"], SpecPath.Key(path, "scopes"))?.Select(s => s.Value).ToArray() ?? [];
        return new OAuthProviderSettings(name, clientId, clientSecret) { Issuer = issuer, Scopes = scopes };
    }

    /// <summary>https, or http on loopback (a test issuer): the OIDC handler refuses plain http elsewhere, and so should the spec.</summary>
    private static bool IsIssuerUrl(string issuer) =>
        AuthSectionReader.IsUrl(issuer, "https")
        || AuthSectionReader.IsUrl(issuer, "http") && Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
