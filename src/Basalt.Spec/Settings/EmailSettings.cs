namespace Basalt.Spec.Settings;

/// <summary>Mail: with no <see cref="Smtp"/> URL, mails are written to the log.</summary>
public sealed record EmailSettings(bool Confirm, string? Smtp)
{
    public string From { get; init; } = "no-reply@localhost";
}
