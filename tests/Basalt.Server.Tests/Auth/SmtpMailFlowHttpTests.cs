using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace Basalt.Server.Tests.Auth;

/// <summary>
/// The mail flows end to end through a real SMTP server on loopback: the server sends through MailKit, the test reads
/// the delivered message as a mail client would and follows its link or types its code.
/// </summary>
public sealed partial class SmtpMailFlowHttpTests
{
    private static readonly TimeSpan MailDeadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Sign_up_is_confirmed_from_the_delivered_mail_and_recovery_signs_in_with_its_code()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var auth = await AuthServer.StartAsync(smtp: $"smtp://127.0.0.1:{smtp.Port}");

        var (signUp, _) = await auth.PostAsync("/signup", new { email = "mailed@example.com", password = "correct horse" });
        Assert.Equal(HttpStatusCode.OK, signUp.StatusCode);
        var confirmation = await NextMailAsync(smtp, 1);
        Assert.Equal("mailed@example.com", confirmation.To.Mailboxes.Single().Address);
        var link = LinkPattern().Match(confirmation.TextBody ?? "").Groups[1].Value;
        Assert.StartsWith(auth.Server.Server.BoundUrl.ToString().TrimEnd('/') + "/auth/v1/verify?", link, StringComparison.Ordinal);

        var follow = await auth.Links.GetAsync(link);
        Assert.Equal(HttpStatusCode.SeeOther, follow.StatusCode);
        Assert.Contains("#access_token=", follow.Headers.Location!.ToString(), StringComparison.Ordinal);

        var (recover, _) = await auth.PostAsync("/recover", new { email = "mailed@example.com" });
        Assert.Equal(HttpStatusCode.OK, recover.StatusCode);
        var recovery = await NextMailAsync(smtp, 2);
        var code = CodePattern().Match(recovery.TextBody ?? "").Groups[1].Value;
        var (verify, session) = await auth.PostAsync("/verify", new { type = "recovery", email = "mailed@example.com", token = code });
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Equal("mailed@example.com", session.GetProperty("user").GetProperty("email").GetString());
        Assert.Equal(2, await auth.CountAsync("mail_outbox", "sent_at IS NOT NULL"));
    }

    /// <summary>Waits (bounded) until the listener holds <paramref name="count"/> messages and parses the last.</summary>
    private static async Task<MimeMessage> NextMailAsync(LoopbackSmtpServer smtp, int count)
    {
        var deadline = DateTime.UtcNow + MailDeadline;
        while (smtp.Messages.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"no mail {count} within {MailDeadline.TotalSeconds} s");
            await Task.Delay(50);
        }
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(smtp.Messages.ElementAt(count - 1)));
        return await MimeMessage.LoadAsync(stream);
    }

    [GeneratedRegex(@"(http://\S+/auth/v1/verify\?\S+)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex CodePattern();
}
