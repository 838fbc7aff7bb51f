using Basalt.Auth.Mail;
using Basalt.Server.Auth;
using MailKit.Net.Smtp;

namespace Basalt.Server.Tests.Auth;

/// <summary>The SMTP sender against a real SMTP server on loopback: the mail arrives whole; a refusal is an error the outbox retries.</summary>
public sealed class SmtpMailSenderTests
{
    private static readonly OutgoingMail Mail = new("ann@example.test", "recovery", "Reset your password",
        "Follow this link: http://127.0.0.1/verify?token=abc", "<p>Follow <a href=\"http://127.0.0.1/verify?token=abc\">this link</a></p>");

    [Fact]
    public async Task A_mail_reaches_the_smtp_server_with_its_sender_recipient_subject_and_both_bodies()
    {
        await using var smtp = new LoopbackSmtpServer();
        var sender = SmtpMailSender.Parse($"smtp://127.0.0.1:{smtp.Port}", "no-reply@basalt.test");

        await sender.SendAsync(Mail, CancellationToken.None);

        var message = Assert.Single(smtp.Messages);
        Assert.Contains("From: no-reply@basalt.test", message);
        Assert.Contains("To: ann@example.test", message);
        Assert.Contains("Subject: Reset your password", message);
        Assert.Contains("text/plain", message);
        Assert.Contains("text/html", message);
        Assert.Contains("verify?token=abc", message);
    }

    [Fact]
    public async Task A_refusing_server_is_an_error_and_the_next_attempt_goes_through()
    {
        await using var smtp = new LoopbackSmtpServer { RefuseNext = 1 };
        var sender = SmtpMailSender.Parse($"smtp://127.0.0.1:{smtp.Port}", "no-reply@basalt.test");

        await Assert.ThrowsAsync<SmtpCommandException>(() => sender.SendAsync(Mail, CancellationToken.None));
        await sender.SendAsync(Mail, CancellationToken.None);

        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task Nothing_listening_is_an_error_not_a_hang()
    {
        await using var smtp = new LoopbackSmtpServer();
        var port = smtp.Port;
        await smtp.DisposeAsync();
        var sender = SmtpMailSender.Parse($"smtp://127.0.0.1:{port}", "no-reply@basalt.test");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAnyAsync<Exception>(() => sender.SendAsync(Mail, timeout.Token));
    }
}
