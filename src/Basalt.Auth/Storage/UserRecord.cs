using System.Text.Json.Nodes;

namespace Basalt.Auth.Storage;

/// <summary>One row of <c>auth.users</c>. The metadata objects are copies: changing them changes nothing stored.</summary>
public sealed record UserRecord(Guid Id, string? Email)
{
    public string Aud { get; init; } = "authenticated";

    public string Role { get; init; } = "authenticated";

    public string? EncryptedPassword { get; init; }

    public DateTimeOffset? EmailConfirmedAt { get; init; }

    public DateTimeOffset? ConfirmationSentAt { get; init; }

    public DateTimeOffset? LastSignInAt { get; init; }

    public JsonObject AppMetadata { get; init; } = [];

    public JsonObject UserMetadata { get; init; } = [];

    public string? Phone { get; init; }

    public DateTimeOffset? PhoneConfirmedAt { get; init; }

    public DateTimeOffset? BannedUntil { get; init; }

    public bool IsAnonymous { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }

    /// <summary>The address an email change waits to move to (GoTrue's <c>email_change</c>, answered as <c>new_email</c>).</summary>
    public string? EmailChange { get; init; }

    public DateTimeOffset? EmailChangeSentAt { get; init; }

    public DateTimeOffset? InvitedAt { get; init; }

    /// <summary>GoTrue's <c>confirmed_at</c>: the earlier of the email and phone confirmations.</summary>
    public DateTimeOffset? ConfirmedAt =>
        EmailConfirmedAt is { } e && PhoneConfirmedAt is { } p ? (e < p ? e : p) : EmailConfirmedAt ?? PhoneConfirmedAt;

    public bool IsEmailConfirmed => EmailConfirmedAt is not null;

    public bool IsBanned(DateTimeOffset now) => BannedUntil is { } until && until > now;
}
