using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OAuth;

namespace Basalt.Server.Auth.OAuth;

/// <summary>
/// GitHub is OAuth without OpenID Connect: the account comes from <c>GET /user</c> and the verified primary address
/// from <c>GET /user/emails</c>, made into the same claims an OIDC provider gives (<c>sub</c>, <c>email</c>,
/// <c>email_verified</c>, <c>name</c>, <c>picture</c>, <c>user_name</c>).
/// </summary>
internal static class GitHubProfile
{
    public static async Task AddClaimsAsync(OAuthCreatingTicketContext context)
    {
        using var user = await GetAsync(context, context.Options.UserInformationEndpoint);
        var root = user.RootElement;
        var identity = context.Identity!;
        Add(identity, "sub", root.TryGetProperty("id", out var id) ? id.GetRawText() : null);
        Add(identity, "user_name", Text(root, "login"));
        Add(identity, "name", Text(root, "name") ?? Text(root, "login"));
        Add(identity, "picture", Text(root, "avatar_url"));
        using var emails = await GetAsync(context, context.Options.UserInformationEndpoint + "/emails");
        var primary = emails.RootElement.ValueKind == JsonValueKind.Array
            ? emails.RootElement.EnumerateArray().FirstOrDefault(e => e.TryGetProperty("primary", out var p) && p.ValueKind == JsonValueKind.True)
            : default;
        if (primary.ValueKind == JsonValueKind.Object)
        {
            Add(identity, "email", Text(primary, "email"));
            Add(identity, "email_verified", primary.TryGetProperty("verified", out var v) && v.ValueKind == JsonValueKind.True ? "true" : "false");
        }
    }

    private static async Task<JsonDocument> GetAsync(OAuthCreatingTicketContext context, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.AccessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Basalt", "1.0"));
        using var response = await context.Backchannel.SendAsync(request, context.HttpContext.RequestAborted);
        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(context.HttpContext.RequestAborted));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Add(ClaimsIdentity identity, string type, string? value)
    {
        if (value is { Length: > 0 })
        {
            identity.AddClaim(new Claim(type, value));
        }
    }
}
