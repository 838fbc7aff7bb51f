using System.Net;

namespace Basalt.Auth.Mail;

/// <summary>
/// The text of Basalt's mails. A confirmation mail carries both ways GoTrue offers to confirm: a link to
/// <c>GET /verify</c> (token and redirect in the query) and a six-digit code for <c>POST /verify</c>.
/// </summary>
public static class MailTemplates
{
    public const string Confirmation = "confirmation";

    public static OutgoingMail ConfirmSignUp(string to, string link, string code)
    {
        var text = $"Confirm your signup\n\nFollow this link to confirm your email address:\n{link}\n\nOr enter this code: {code}\n";
        var html = $"<h2>Confirm your signup</h2><p>Follow this link to confirm your email address:</p>"
            + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">Confirm your email</a></p><p>Or enter this code: {code}</p>";
        return new OutgoingMail(to, Confirmation, "Confirm Your Signup", text, html);
    }
}
