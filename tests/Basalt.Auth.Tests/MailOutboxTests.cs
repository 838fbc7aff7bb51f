using Basalt.Auth.Mail;
using Basalt.Auth.Storage;
using Basalt.Auth.Tests.Support;

namespace Basalt.Auth.Tests;

/// <summary>
/// The outbox's delivery loop on both engines: exponential back-off, giving up, the lease that protects a claimed row
/// and hands it back when its sender died, and two senders over one database delivering each mail once.
/// </summary>
public sealed class MailOutboxTests
{
    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Failures_back_off_doubling_and_the_mail_is_given_up_after_the_last_attempt(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var sender = new RecordingMailSender { Fail = true };
        var outbox = new MailOutbox(new AuthDatabase(auth.Database), sender, auth.Time);
        var id = await EnqueueAsync(auth, "down@example.com");

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= MailOutbox.MaxAttempts; attempt++)
        {
            var delivery = Assert.Single(await outbox.DeliverDueAsync(10, default));
            Assert.Equal((id, attempt, "smtp is down"), (delivery.Id, delivery.Attempts, delivery.Error));
            if (delivery.RetryAt is not { } retryAt)
            {
                break;
            }
            var wait = retryAt - auth.Time.Now;
            waits.Add(wait);
            // Not due a second early; due on time.
            auth.Time.Advance(wait - TimeSpan.FromSeconds(1));
            Assert.Empty(await outbox.DeliverDueAsync(10, default));
            auth.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([30, 60, 120, 240, 480], waits.Select(w => (int)w.TotalSeconds).ToArray());
        auth.Time.Advance(TimeSpan.FromDays(7));
        Assert.Empty(await outbox.DeliverDueAsync(10, default));
        Assert.Equal((long)MailOutbox.MaxAttempts, Convert.ToInt64(await auth.ScalarAsync($"SELECT attempts FROM {auth.Table("mail_outbox")} WHERE id = {id}")));
        Assert.Equal("smtp is down", await auth.ScalarAsync($"SELECT last_error FROM {auth.Table("mail_outbox")} WHERE id = {id}"));
        Assert.Null(await auth.ScalarAsync($"SELECT next_attempt_at FROM {auth.Table("mail_outbox")} WHERE id = {id}"));
        Assert.Empty(sender.Sent);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_mail_that_failed_once_is_delivered_on_its_retry(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var sender = new RecordingMailSender { Fail = true };
        var outbox = new MailOutbox(new AuthDatabase(auth.Database), sender, auth.Time);
        var id = await EnqueueAsync(auth, "later@example.com");

        Assert.False(Assert.Single(await outbox.DeliverDueAsync(10, default)).Sent);
        sender.Fail = false;
        auth.Time.Advance(MailOutbox.FirstRetry);
        var retried = Assert.Single(await outbox.DeliverDueAsync(10, default));

        Assert.Equal((true, 2), (retried.Sent, retried.Attempts));
        Assert.Equal("later@example.com", Assert.Single(sender.Sent).To);
        Assert.NotNull(await auth.ScalarAsync($"SELECT sent_at FROM {auth.Table("mail_outbox")} WHERE id = {id}"));
        auth.Time.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await outbox.DeliverDueAsync(10, default));
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task A_row_whose_sender_died_is_left_alone_for_the_lease_then_delivered(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var dying = new MailOutbox(new AuthDatabase(auth.Database), new DyingMailSender(), auth.Time);
        var sender = new RecordingMailSender();
        var outbox = new MailOutbox(new AuthDatabase(auth.Database), sender, auth.Time);
        await EnqueueAsync(auth, "lease@example.com");

        // The process stops mid-send: the claim stands, nothing records the attempt.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.DeliverDueAsync(10, default));
        Assert.Empty(await outbox.DeliverDueAsync(10, default));
        auth.Time.Advance(MailOutbox.Lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await outbox.DeliverDueAsync(10, default));
        auth.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(Assert.Single(await outbox.DeliverDueAsync(10, default)).Sent);
        Assert.Single(sender.Sent);
    }

    [Theory]
    [MemberData(nameof(AuthHarness.Engines), MemberType = typeof(AuthHarness))]
    public async Task Two_senders_over_one_database_deliver_each_mail_exactly_once(string engine)
    {
        await using var auth = await AuthHarness.StartAsync(engine);
        var sender = new RecordingMailSender();
        const int Mails = 40;
        for (var i = 0; i < Mails; i++)
        {
            await EnqueueAsync(auth, $"m{i}@example.com");
        }
        // Two instances: each its own outbox over its own connections to the same database.
        var outboxes = new[] { new MailOutbox(new AuthDatabase(auth.Database), sender, auth.Time), new MailOutbox(new AuthDatabase(auth.Database), sender, auth.Time) };

        var delivered = await Task.WhenAll(outboxes.Select(o => Task.Run(() => DrainAsync(o))));

        Assert.Equal(Mails, delivered.Sum());
        Assert.Equal(Mails, sender.Sent.Count);
        Assert.Equal(Mails, sender.Sent.Select(m => m.To).Distinct().Count());
        Assert.Equal(0L, Convert.ToInt64(await auth.ScalarAsync($"SELECT count(*) FROM {auth.Table("mail_outbox")} WHERE sent_at IS NULL")));
    }

    /// <summary>Small batches until nothing is due, at most 100 rounds.</summary>
    private static async Task<int> DrainAsync(MailOutbox outbox)
    {
        var delivered = 0;
        for (var round = 0; round < 100; round++)
        {
            var batch = await outbox.DeliverDueAsync(3, default);
            if (batch.Count == 0)
            {
                break;
            }
            delivered += batch.Count(d => d.Sent);
        }
        return delivered;
    }

    private static Task<long> EnqueueAsync(AuthHarness auth, string to) =>
        new AuthDatabase(auth.Database).InTransactionAsync(
            tx => MailOutbox.EnqueueAsync(tx, new OutgoingMail(to, "signup", "Confirm", "text", "<p>html</p>"), auth.Time.Now), default);

    private sealed class DyingMailSender : IMailSender
    {
        public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) => throw new OperationCanceledException("the process stops");
    }
}
