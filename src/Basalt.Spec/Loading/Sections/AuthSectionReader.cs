using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Settings;

namespace Basalt.Spec.Loading.Sections;

/// <summary>Reads <c>auth:</c>; every key is optional and falls back to <see cref="AuthSettings.Default"/>.</summary>
internal static class AuthSectionReader
{
    private const string Path = "auth";
    private const int MinSecretLength = 32;
    private const int MinPasswordLength = 6;

    internal static IReadOnlyList<string> CharacterClasses { get; } = ["lower", "upper", "digit", "symbol"];

    public static AuthSettings Read(LoadContext context, SpecNode? node)
    {
        var defaults = AuthSettings.Default;
        if (context.Section(node, Path, SpecKeys.Auth) is not { } map)
        {
            return defaults;
        }
        var siteUrl = ReadUrl(context, map["site_url"], Key("site_url")) ?? defaults.SiteUrl;
        var redirects = context.Strings(map["redirect_urls"], Key("redirect_urls"))?
            .Where(r => r.Value.Length > 0).Select(r => r.Value).ToArray() ?? [];
        return new AuthSettings(siteUrl, ReadJwt(context, map["jwt"], defaults.Jwt), ReadEmail(context, map["email"], defaults.Email),
            ReadPassword(context, map["password"], defaults.Password))
        {
            RedirectUrls = redirects,
            Providers = OAuthProvidersReader.Read(context, map["providers"], Key("providers")),
            MfaTotp = ReadMfa(context, map["mfa"]),
            RateLimits = AuthRateLimitsReader.Read(context, map["rate_limits"], Key("rate_limits")),
        };
    }

    private static JwtSettings ReadJwt(LoadContext context, SpecNode? node, JwtSettings defaults)
    {
        var path = Key("jwt");
        if (context.Section(node, path, SpecKeys.Jwt) is not { } map)
        {
            return defaults;
        }
        var secretNode = map["secret"];
        var secret = context.String(secretNode, SpecPath.Key(path, "secret"));
        if (secret is not null && secret.Length < MinSecretLength)
        {
            // The secret itself is never echoed: error output ends up in logs and CI transcripts.
            context.Error(secretNode!, SpecPath.Key(path, "secret"),
                $"the JWT secret must be at least {MinSecretLength} characters, found {secret.Length}; generate one with: openssl rand -base64 48");
        }
        return new JwtSettings(secret ?? defaults.Secret,
            ReadTtl(context, map["access_ttl"], SpecPath.Key(path, "access_ttl")) ?? defaults.AccessTtl,
            ReadTtl(context, map["refresh_ttl"], SpecPath.Key(path, "refresh_ttl")) ?? defaults.RefreshTtl)
        {
            Issuer = context.OptionalString(map["issuer"], SpecPath.Key(path, "issuer")),
            SigningKeys = SigningKeysReader.Read(context, map["signing_keys"], SpecPath.Key(path, "signing_keys")),
        };
    }

    private static TimeSpan? ReadTtl(LoadContext context, SpecNode? node, string path)
    {
        var ttl = context.Duration(node, path);
        if (ttl is { } value && value <= TimeSpan.Zero)
        {
            context.Error(node!, path, "a lifetime must be longer than zero");
            return null;
        }
        return ttl;
    }

    private static EmailSettings ReadEmail(LoadContext context, SpecNode? node, EmailSettings defaults)
    {
        var path = Key("email");
        if (context.Section(node, path, SpecKeys.Email) is not { } map)
        {
            return defaults;
        }
        var smtpPath = SpecPath.Key(path, "smtp");
        var smtp = context.OptionalString(map["smtp"], smtpPath);
        if (smtp is not null && !IsUrl(smtp, "smtp", "smtps"))
        {
            context.Error(map["smtp"]!, smtpPath, "expected an smtp:// or smtps:// URL, e.g. smtps://user:password@smtp.example.com:465");
        }
        var fromPath = SpecPath.Key(path, "from");
        var from = context.OptionalString(map["from"], fromPath);
        if (from is not null && !from.Contains('@', StringComparison.Ordinal))
        {
            context.Error(map["from"]!, fromPath, $"expected an email address, found '{from}'");
        }
        return new EmailSettings(context.Bool(map["confirm"], SpecPath.Key(path, "confirm")) ?? defaults.Confirm, smtp)
        {
            From = from ?? defaults.From,
            SecureChange = context.Bool(map["secure_change"], SpecPath.Key(path, "secure_change")) ?? defaults.SecureChange,
        };
    }

    private static PasswordSettings ReadPassword(LoadContext context, SpecNode? node, PasswordSettings defaults)
    {
        var path = Key("password");
        if (context.Section(node, path, SpecKeys.Password) is not { } map)
        {
            return defaults;
        }
        var lengthPath = SpecPath.Key(path, "min_length");
        var minLength = context.Int(map["min_length"], lengthPath);
        if (minLength < MinPasswordLength)
        {
            context.Error(map["min_length"]!, lengthPath, $"min_length must be at least {MinPasswordLength}, found {minLength}");
            minLength = null;
        }
        var require = new List<string>();
        foreach (var (value, item, itemPath) in context.Strings(map["require"], SpecPath.Key(path, "require")) ?? [])
        {
            if (!CharacterClasses.Contains(value))
            {
                context.Error(item, itemPath, Suggestions.Unknown("character class", value, CharacterClasses));
            }
            else if (require.Contains(value))
            {
                context.Error(item, itemPath, $"'{value}' is listed twice");
            }
            else
            {
                require.Add(value);
            }
        }
        return new PasswordSettings(minLength ?? defaults.MinLength) { Require = require.ToArray() };
    }

    private static bool ReadMfa(LoadContext context, SpecNode? node)
    {
        var path = Key("mfa");
        return context.Section(node, path, SpecKeys.Mfa) is { } map && (context.Bool(map["totp"], SpecPath.Key(path, "totp")) ?? false);
    }

    private static string? ReadUrl(LoadContext context, SpecNode? node, string path)
    {
        var url = context.OptionalString(node, path);
        if (url is not null && !IsUrl(url, "http", "https"))
        {
            context.Error(node!, path, $"expected an http:// or https:// URL, found '{url}'");
            return null;
        }
        return url;
    }

    internal static bool IsUrl(string text, params string[] schemes) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme) && uri.Host.Length > 0;

    private static string Key(string key) => SpecPath.Key(Path, key);
}
