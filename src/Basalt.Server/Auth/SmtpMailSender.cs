using Basalt.Auth.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Basalt.Server.Auth;

/// <summary>
/// Sends mail through the SMTP server of <c>auth.email.smtp</c>: <c>smtp://user:pass@host:port</c> (STARTTLS when the
/// server offers it, default port 587) or <c>smtps://…</c> (TLS from the first byte, default port 465). User and
/// password are URL-encoded and optional. One connection per mail: the outbox sends few, and a broken connection
/// never outlives a failure. The mail's <c>From</c> is <c>auth.email.from</c>.
/// </summary>
internal sealed class SmtpMailSender(Uri url, string from) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.BodyText, HtmlBody = mail.BodyHtml }.ToMessageBody();
        var implicitTls = url.Scheme == "smtps";
        using var client = new SmtpClient();
        await client.ConnectAsync(url.Host, url.IsDefaultPort || url.Port <= 0 ? (implicitTls ? 465 : 587) : url.Port,
            implicitTls ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
        if (url.UserInfo.Length > 0)
        {
            var parts = url.UserInfo.Split(':', 2);
            await client.AuthenticateAsync(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>The sender for <paramref name="smtp"/>; a URL that is not <c>smtp://</c> or <c>smtps://</c> with a host is refused at start-up.</summary>
    public static SmtpMailSender Parse(string smtp, string from) =>
        Uri.TryCreate(smtp, UriKind.Absolute, out var url) && url.Scheme is "smtp" or "smtps" && url.Host.Length > 0
            ? new SmtpMailSender(url, from)
            : throw new InvalidOperationException("auth.email.smtp must be smtp://user:pass@host:port or smtps://user:pass@host:port");
}
