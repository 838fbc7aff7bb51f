namespace Basalt.Auth.Mail;

/// <summary>
/// Delivers one mail; throws when it could not. The SMTP sender comes with the mail feature; without SMTP the server
/// writes the mail to its log (the mail stays readable in <c>auth.mail_outbox</c>).
/// </summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
