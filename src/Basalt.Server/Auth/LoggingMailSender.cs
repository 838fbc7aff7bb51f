using Basalt.Auth.Mail;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Auth;

/// <summary>
/// "No SMTP configured": a mail is written to the log (recipient, subject, text) and counts as sent. The SMTP sender
/// replaces this when <c>auth.email.smtp</c> is set.
/// </summary>
internal sealed class LoggingMailSender(ILoggerFactory loggers) : IMailSender
{
    private readonly ILogger logger = loggers.CreateLogger("Basalt.Auth.Mail");

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        logger.LogInformation("mail to {To} ({Template}): {Subject}\n{Body}", mail.To, mail.Template, mail.Subject, mail.BodyText);
        return Task.CompletedTask;
    }
}
