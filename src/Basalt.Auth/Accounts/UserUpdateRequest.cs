using System.Text.Json.Nodes;

namespace Basalt.Auth.Accounts;

/// <summary>The body of <c>PUT /user</c>. In <see cref="Data"/>, a key set to null removes it from <c>user_metadata</c>.</summary>
public sealed record UserUpdateRequest(string? Email, string? Phone, string? Password, JsonObject? Data);
