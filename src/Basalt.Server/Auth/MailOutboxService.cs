using Basalt.Auth;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Basalt.Server.Auth;

/// <summary>
/// The outbox's retry loop: every few seconds, claims due mails (<see cref="Basalt.Auth.Mail.MailOutbox.DeliverDueAsync"/>)
/// and tries each once. Logs the recipient-free outcome (row id, template, attempt, error) — never the body, a link,
/// a code or the SMTP credentials — and says so when a mail is given up.
/// </summary>
internal sealed class MailOutboxService(AuthService auth, ILoggerFactory loggers) : BackgroundService
{
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    private readonly ILogger logger = loggers.CreateLogger("Basalt.Auth.Mail");
    private string? lastFailure;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var delivery in await auth.Outbox.DeliverDueAsync(20, stoppingToken))
                {
                    if (delivery.GaveUp)
                    {
                        logger.LogError("mail {Id} ({Template}) given up after {Attempts} attempts: {Error}", delivery.Id, delivery.Template, delivery.Attempts, delivery.Error);
                    }
                    else if (!delivery.Sent)
                    {
                        logger.LogWarning("mail {Id} ({Template}) attempt {Attempts} failed, retry at {RetryAt}: {Error}",
                            delivery.Id, delivery.Template, delivery.Attempts, delivery.RetryAt, delivery.Error);
                    }
                }
                lastFailure = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The loop retries by itself: a failure is a warning, written once until it changes (a database
                // without the auth tables yet would otherwise log the same line every few seconds).
                if (e.Message != lastFailure)
                {
                    logger.LogWarning(e, "mail outbox delivery failed; retrying every {Interval}", Interval);
                    lastFailure = e.Message;
                }
            }
            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
