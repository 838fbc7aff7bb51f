using System.Text.Json.Nodes;

namespace Basalt.Auth.Accounts;

/// <summary>
/// The body of <c>PUT /user</c>. In <see cref="Data"/>, a key set to null removes it from <c>user_metadata</c>.
/// <see cref="RedirectTo"/> (the query's <c>redirect_to</c>) is where an email-change link leads.
/// </summary>
public sealed record UserUpdateRequest(string? Email, string? Phone, string? Password, JsonObject? Data)
{
    public string? RedirectTo { get; init; }

    /// <summary>The challenge of a PKCE client: the email-change links then lead to a code (<see cref="MailPkce"/>).</summary>
    public PkceChallenge? Pkce { get; init; }
}
