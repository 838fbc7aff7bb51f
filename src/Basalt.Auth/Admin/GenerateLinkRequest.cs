using System.Text.Json.Nodes;

namespace Basalt.Auth.Admin;

/// <summary>The body of <c>POST /admin/generate_link</c>: <see cref="NewEmail"/> only for the two email-change types.</summary>
public sealed record GenerateLinkRequest(string? Type, string? Email, string? NewEmail, string? Password, JsonObject? Data, string? RedirectTo);
