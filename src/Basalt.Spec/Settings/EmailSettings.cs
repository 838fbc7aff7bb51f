namespace Basalt.Spec.Settings;

/// <summary>Mail: with no <see cref="Smtp"/> URL, mails are written to the log.</summary>
public sealed record EmailSettings(bool Confirm, string? Smtp)
{
    public string From { get; init; } = "no-reply@localhost";

    /// <summary>
    /// GoTrue's secure email change: a new address is taken only after both the current and the new one confirm, so
    /// a stolen session alone cannot move an account to the thief's mailbox. Off: the new address alone confirms.
    /// </summary>
    public bool SecureChange { get; init; } = true;
}
