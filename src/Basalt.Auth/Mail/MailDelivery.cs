namespace Basalt.Auth.Mail;

/// <summary>What one delivery attempt of an outbox row came to; the server logs it (never the body).</summary>
public sealed record MailDelivery(long Id, string Template, int Attempts, string? Error, DateTimeOffset? RetryAt)
{
    public bool Sent => Error is null;

    /// <summary>Failed for the last time: the row keeps its error and is not tried again.</summary>
    public bool GaveUp => Error is not null && RetryAt is null;
}
