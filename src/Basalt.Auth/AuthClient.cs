namespace Basalt.Auth;

/// <summary>
/// Who is asking, as far as the transport knows: the client's IP (for rate limits and the audit log), its user agent,
/// and the external URL of the auth API (<c>https://host/auth/v1</c>), which is the default <c>iss</c> claim and the
/// base of the links in mails.
/// </summary>
public sealed record AuthClient(string? Ip, string? UserAgent, string AuthUrl);
