namespace Basalt.Auth.Mail;

/// <summary>One mail as it is queued in <c>auth.mail_outbox</c> and handed to an <see cref="IMailSender"/>.</summary>
public sealed record OutgoingMail(string To, string Template, string Subject, string BodyText, string BodyHtml);
