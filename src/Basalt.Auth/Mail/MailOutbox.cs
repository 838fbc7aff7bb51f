using Basalt.Auth.Storage;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Mail;

/// <summary>
/// The durable queue of mails: <see cref="EnqueueAsync"/> writes a mail in the transaction of the change it announces;
/// after commit, <see cref="DeliverAsync"/> hands it to the sender and records the outcome (sent, or the error and when
/// to try again, with doubling back-off). A retry loop over unsent rows arrives with SMTP delivery.
/// </summary>
public sealed class MailOutbox(AuthDatabase database, IMailSender sender, TimeProvider time)
{
    /// <summary>The wait before the first retry; each failure doubles it.</summary>
    public static TimeSpan FirstRetry { get; } = TimeSpan.FromSeconds(30);

    public static async Task<long> EnqueueAsync(AuthTransaction tx, OutgoingMail mail, DateTimeOffset now)
    {
        var ids = await tx.QueryAsync(
            $"INSERT INTO {tx.Database.Table(MailOutboxTable.Name)} (to_address, template, subject, body_text, body_html, created_at, attempts, next_attempt_at) "
            + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p5) RETURNING id",
            r => ReadLong(r, 0), Text(mail.To), Text(mail.Template), Text(mail.Subject), Text(mail.BodyText), Text(mail.BodyHtml), Time(now), Integer(0));
        return ids[0];
    }

    public async Task DeliverAsync(long id, OutgoingMail mail, CancellationToken cancellationToken)
    {
        string? error = null;
        try
        {
            await sender.SendAsync(mail, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = e.Message;
        }
        var now = time.GetUtcNow();
        var table = database.Table(MailOutboxTable.Name);
        await database.InTransactionAsync(tx => error is null
            ? tx.ExecuteAsync($"UPDATE {table} SET sent_at = @p1, attempts = attempts + 1, next_attempt_at = NULL WHERE id = @p0", BigInt(id), Time(now))
            : tx.ExecuteAsync($"UPDATE {table} SET attempts = attempts + 1, last_error = @p1, next_attempt_at = @p2 WHERE id = @p0",
                BigInt(id), Text(error), Time(now + FirstRetry)), CancellationToken.None);
    }
}
