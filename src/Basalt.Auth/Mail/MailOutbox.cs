using System.Data.Common;
using Basalt.Auth.Storage;
using Basalt.Spec.Settings;
using Basalt.Query.Planning;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Mail;

/// <summary>
/// The durable queue of mails: <see cref="EnqueueAsync"/> writes a mail in the transaction of the change it announces;
/// after commit, <see cref="DeliverAsync(long, OutgoingMail, CancellationToken)"/> claims the row and hands the mail to
/// the sender at once, and <see cref="DeliverDueAsync"/> (the server's background loop) claims and retries unsent rows.
/// A claim moves <c>next_attempt_at</c> a lease ahead in one statement, so two instances never hold the same row; on
/// PostgreSQL the batch is picked with <c>FOR UPDATE SKIP LOCKED</c>, on SQLite the database's single writer
/// serialises the claims. A process that dies mid-send leaves its rows due again when the lease ends (at least once).
/// Failures back off exponentially (<see cref="FirstRetry"/>, doubling) up to <see cref="MaxAttempts"/>.
/// </summary>
public sealed class MailOutbox(AuthDatabase database, IMailSender sender, TimeProvider time)
{
    /// <summary>The wait before the first retry; each failure doubles it.</summary>
    public static TimeSpan FirstRetry { get; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before a mail is given up (its row keeps <c>last_error</c>, <c>next_attempt_at</c> is cleared).</summary>
    public const int MaxAttempts = 6;

    /// <summary>How long a claimed row is left alone by other senders.</summary>
    public static TimeSpan Lease { get; } = TimeSpan.FromMinutes(2);

    public static async Task<long> EnqueueAsync(AuthTransaction tx, OutgoingMail mail, DateTimeOffset now)
    {
        var ids = await tx.QueryAsync(
            $"INSERT INTO {tx.Database.Table(MailOutboxTable.Name)} (to_address, template, subject, body_text, body_html, created_at, attempts, next_attempt_at) "
            + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p5) RETURNING id",
            r => ReadLong(r, 0), Text(mail.To), Text(mail.Template), Text(mail.Subject), Text(mail.BodyText), Text(mail.BodyHtml), Time(now), Integer(0));
        return ids[0];
    }

    /// <summary>Sends a just-queued mail now, if no other sender claimed it first.</summary>
    public async Task<MailDelivery?> DeliverAsync(long id, OutgoingMail mail, CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync($"id = @p0 AND {Due}", BigInt(id), cancellationToken);
        return claimed.Count == 0 ? null : await SendAsync(claimed[0].Id, claimed[0].Attempts, mail, cancellationToken);
    }

    /// <summary>Claims up to <paramref name="batch"/> due rows and tries each once.</summary>
    public async Task<IReadOnlyList<MailDelivery>> DeliverDueAsync(int batch, CancellationToken cancellationToken)
    {
        var skipLocked = database.Dialect.Provider == DatabaseProvider.Postgres ? " FOR UPDATE SKIP LOCKED" : "";
        var claimed = await ClaimAsync(
            $"id IN (SELECT id FROM {database.Table(MailOutboxTable.Name)} WHERE {Due} ORDER BY id LIMIT {batch}{skipLocked})", BigInt(0), cancellationToken);
        var results = new List<MailDelivery>();
        foreach (var row in claimed)
        {
            results.Add(await SendAsync(row.Id, row.Attempts, row.Mail, cancellationToken));
        }
        return results;
    }

    // Due: unsent, not given up, its time has come. @p1 is always the claim's "now".
    private const string Due = "sent_at IS NULL AND next_attempt_at IS NOT NULL AND next_attempt_at <= @p1";

    /// <summary>Moves the rows <paramref name="where"/> selects a lease ahead and returns them (<c>@p0</c> is <paramref name="id"/>).</summary>
    private async Task<IReadOnlyList<(long Id, int Attempts, OutgoingMail Mail)>> ClaimAsync(string where, SqlValue id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var table = database.Table(MailOutboxTable.Name);
        return await database.InTransactionAsync(tx => tx.QueryAsync(
            $"UPDATE {table} SET next_attempt_at = @p2 WHERE {where} RETURNING id, attempts, to_address, template, subject, body_text, body_html",
            ReadClaim, id, Time(now), Time(now + Lease)), ct);
    }

    private static (long, int, OutgoingMail) ReadClaim(DbDataReader r) =>
        (ReadLong(r, 0), (int)ReadLong(r, 1), new OutgoingMail(ReadText(r, 2)!, ReadText(r, 3)!, ReadText(r, 4)!, ReadText(r, 5)!, ReadText(r, 6)!));

    private async Task<MailDelivery> SendAsync(long id, int attemptsBefore, OutgoingMail mail, CancellationToken cancellationToken)
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
        var attempts = attemptsBefore + 1;
        DateTimeOffset? retryAt = error is null || attempts >= MaxAttempts ? null : now + FirstRetry * Math.Pow(2, attempts - 1);
        var table = database.Table(MailOutboxTable.Name);
        await database.InTransactionAsync(tx => error is null
            ? tx.ExecuteAsync($"UPDATE {table} SET sent_at = @p1, attempts = @p2, next_attempt_at = NULL WHERE id = @p0", BigInt(id), Time(now), Integer(attempts))
            : tx.ExecuteAsync($"UPDATE {table} SET attempts = @p2, last_error = @p1, next_attempt_at = @p3 WHERE id = @p0",
                BigInt(id), Text(error), Integer(attempts), Time(retryAt)), CancellationToken.None);
        return new MailDelivery(id, mail.Template, attempts, error, retryAt);
    }
}
