using System.Net;

namespace Basalt.Auth.Mail;

/// <summary>
/// The text of Basalt's mails. A confirmation mail carries both ways GoTrue offers to confirm: a link to
/// <c>GET /verify</c> (token and redirect in the query) and a six-digit code for <c>POST /verify</c>. Recovery and magic-link
/// mails carry the same pair, and so do email-change and invitation mails; a reauthentication mail carries only the code (the nonce of <c>PUT /user</c>).
/// </summary>
public static class MailTemplates
{
    public const string Confirmation = "confirmation";

    public const string Recovery = "recovery";

    public const string MagicLink = "magic_link";

    public const string Reauthentication = "reauthentication";

    public const string EmailChange = "email_change";

    public const string Invite = "invite";

    public static OutgoingMail ConfirmSignUp(string to, string link, string code)
    {
        var text = $"Confirm your signup\n\nFollow this link to confirm your email address:\n{link}\n\nOr enter this code: {code}\n";
        var html = $"<h2>Confirm your signup</h2><p>Follow this link to confirm your email address:</p>"
            + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">Confirm your email</a></p><p>Or enter this code: {code}</p>";
        return new OutgoingMail(to, Confirmation, "Confirm Your Signup", text, html);
    }

    public static OutgoingMail ResetPassword(string to, string link, string code) =>
        LinkAndCode(to, Recovery, "Reset Your Password", "Reset your password", "Follow this link to reset the password for your account:", "Reset password", link, code);

    public static OutgoingMail SignInWithLink(string to, string link, string code) =>
        LinkAndCode(to, MagicLink, "Your Magic Link", "Magic link", "Follow this link to sign in:", "Sign in", link, code);

    /// <summary>One half of an email change: sent to the new address, and with secure change also to the current one.</summary>
    public static OutgoingMail ConfirmEmailChange(string to, string newEmail, string link, string code) =>
        LinkAndCode(to, EmailChange, "Confirm Email Change", "Confirm change of email",
            $"Follow this link to confirm the update of your email address to {newEmail}:", "Change email", link, code);

    public static OutgoingMail InviteUser(string to, string link, string code) =>
        LinkAndCode(to, Invite, "You have been invited", "You have been invited",
            "You have been invited to create an account. Follow this link to accept the invitation:", "Accept the invite", link, code);

    public static OutgoingMail Reauthenticate(string to, string code)
    {
        var text = $"Confirm reauthentication\n\nEnter the code: {code}\n";
        var html = $"<h2>Confirm reauthentication</h2><p>Enter the code: {code}</p>";
        return new OutgoingMail(to, Reauthentication, "Confirm Reauthentication", text, html);
    }

    private static OutgoingMail LinkAndCode(string to, string template, string subject, string title, string lead, string action, string link, string code)
    {
        var text = $"{title}\n\n{lead}\n{link}\n\nOr enter this code: {code}\n";
        var html = $"<h2>{title}</h2><p>{WebUtility.HtmlEncode(lead)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{action}</a></p><p>Or enter this code: {code}</p>";
        return new OutgoingMail(to, template, subject, text, html);
    }
}
