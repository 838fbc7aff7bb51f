using Basalt.Auth.Storage;

namespace Basalt.Auth.Admin;

/// <summary>
/// What <c>POST /admin/generate_link</c> answers: the user and GoTrue's link properties. <see cref="HashedToken"/> is
/// the value <c>POST /verify {type, token_hash}</c> accepts (Basalt stores only its SHA-256).
/// </summary>
public sealed record GeneratedLink(UserRecord User, string ActionLink, string EmailOtp, string HashedToken, string VerificationType, string RedirectTo);
