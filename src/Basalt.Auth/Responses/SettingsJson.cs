using System.Text.Json.Nodes;
using Basalt.Spec.Settings;

namespace Basalt.Auth.Responses;

/// <summary>
/// <c>GET /settings</c> as GoTrue answers it: which sign-in methods are on (<c>external</c>: email always; the OAuth
/// providers the spec configures; every other provider GoTrue knows, off), whether sign-up is open and whether mail
/// addresses are confirmed without a mail (<c>mailer_autoconfirm</c>, the inverse of <c>auth.email.confirm</c>).
/// </summary>
public static class SettingsJson
{
    private static readonly string[] KnownProviders =
    [
        "anonymous_users", "apple", "azure", "bitbucket", "discord", "facebook", "figma", "fly", "github", "gitlab", "google", "keycloak",
        "kakao", "linkedin", "linkedin_oidc", "notion", "spotify", "slack", "slack_oidc", "workos", "twitch", "twitter", "zoom", "phone",
    ];

    public static byte[] Render(AuthSettings settings)
    {
        var external = new JsonObject();
        foreach (var provider in KnownProviders)
        {
            external[provider] = false;
        }
        foreach (var provider in settings.Providers)
        {
            external[provider.Name] = true;
        }
        external["email"] = true;
        var body = new JsonObject
        {
            ["external"] = external,
            ["disable_signup"] = false,
            ["mailer_autoconfirm"] = !settings.Email.Confirm,
            ["phone_autoconfirm"] = false,
            ["sms_provider"] = "",
            ["saml_enabled"] = false,
        };
        return System.Text.Encoding.UTF8.GetBytes(body.ToJsonString());
    }
}
