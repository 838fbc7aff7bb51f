using System.Collections.Concurrent;
using Basalt.Auth.Mail;

namespace Basalt.Auth.Tests.Support;

/// <summary>Keeps every mail handed to it; <see cref="Fail"/> makes it throw instead.</summary>
internal sealed class RecordingMailSender : IMailSender
{
    public ConcurrentQueue<OutgoingMail> Sent { get; } = new();

    public bool Fail { get; set; }

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("smtp is down");
        }
        Sent.Enqueue(mail);
        return Task.CompletedTask;
    }
}
