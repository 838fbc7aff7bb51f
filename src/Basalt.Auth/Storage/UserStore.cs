using System.Data.Common;
using System.Text.Json.Nodes;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Storage;

/// <summary>Reads and writes <c>auth.users</c>. Emails arrive here already normalised (trimmed, lower-case).</summary>
public static class UserStore
{
    internal const string Columns =
        "id, aud, role, email, encrypted_password, email_confirmed_at, confirmation_sent_at, last_sign_in_at, raw_app_meta_data, "
        + "raw_user_meta_data, phone, phone_confirmed_at, banned_until, is_anonymous, created_at, updated_at, deleted_at, "
        + "email_change, email_change_sent_at, invited_at";

    public static Task<UserRecord?> FindByIdAsync(AuthTransaction tx, Guid id) =>
        tx.QuerySingleAsync($"SELECT {Columns} FROM {Users(tx)} WHERE id = @p0", Read, Uuid(id));

    public static Task<UserRecord?> FindByEmailAsync(AuthTransaction tx, string email) =>
        tx.QuerySingleAsync($"SELECT {Columns} FROM {Users(tx)} WHERE email = @p0", Read, Text(email));

    public static async Task InsertAsync(AuthTransaction tx, UserRecord user)
    {
        await tx.ExecuteAsync(
            $"INSERT INTO {Users(tx)} (id, aud, role, email, encrypted_password, email_confirmed_at, confirmation_sent_at, raw_app_meta_data, "
            + "raw_user_meta_data, is_anonymous, created_at, updated_at, invited_at) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p10, @p11)",
            Uuid(user.Id), Text(user.Aud), Text(user.Role), Text(user.Email), Text(user.EncryptedPassword), Time(user.EmailConfirmedAt),
            Time(user.ConfirmationSentAt), Jsonb(user.AppMetadata.ToJsonString()), Jsonb(user.UserMetadata.ToJsonString()),
            Bool(user.IsAnonymous), Time(user.CreatedAt), Time(user.InvitedAt));
    }

    /// <summary>Users whose pending email change is to this address (candidates for a code sent there).</summary>
    public static Task<IReadOnlyList<UserRecord>> FindByEmailChangeAsync(AuthTransaction tx, string email, int limit) =>
        tx.QueryAsync($"SELECT {Columns} FROM {Users(tx)} WHERE email_change = @p0 ORDER BY email_change_sent_at DESC LIMIT @p1", Read, Text(email), Integer(limit));

    /// <summary>Records the address an email change waits to move to, sent now.</summary>
    public static Task SetEmailChangeAsync(AuthTransaction tx, Guid id, string email, DateTimeOffset now) =>
        tx.ExecuteAsync($"UPDATE {Users(tx)} SET email_change = @p1, email_change_sent_at = @p2, updated_at = @p2 WHERE id = @p0",
            Uuid(id), Text(email), Time(now));

    /// <summary>Moves the user to the pending address, now proven; false when the change was withdrawn or replaced meanwhile.</summary>
    public static async Task<bool> ApplyEmailChangeAsync(AuthTransaction tx, Guid id, string email, DateTimeOffset now) =>
        await tx.ExecuteAsync(
            $"UPDATE {Users(tx)} SET email = email_change, email_change = NULL, email_change_sent_at = NULL, "
            + "email_confirmed_at = COALESCE(email_confirmed_at, @p2), updated_at = @p2 WHERE id = @p0 AND email_change = @p1",
            Uuid(id), Text(email), Time(now)) == 1;

    /// <summary>An unconfirmed user invited: no password (an unproven one is dropped), its metadata, <c>invited_at</c> now.</summary>
    public static Task ResetForInviteAsync(AuthTransaction tx, Guid id, JsonObject userMetadata, DateTimeOffset now) =>
        tx.ExecuteAsync(
            $"UPDATE {Users(tx)} SET encrypted_password = NULL, raw_user_meta_data = @p1, invited_at = @p2, confirmation_sent_at = @p2, updated_at = @p2 "
            + "WHERE id = @p0 AND email_confirmed_at IS NULL",
            Uuid(id), Jsonb(userMetadata.ToJsonString()), Time(now));

    public static Task ConfirmEmailAsync(AuthTransaction tx, Guid id, DateTimeOffset now) =>
        tx.ExecuteAsync($"UPDATE {Users(tx)} SET email_confirmed_at = @p1, updated_at = @p1 WHERE id = @p0 AND email_confirmed_at IS NULL", Uuid(id), Time(now));

    public static Task SetConfirmationSentAsync(AuthTransaction tx, Guid id, DateTimeOffset now) =>
        tx.ExecuteAsync($"UPDATE {Users(tx)} SET confirmation_sent_at = @p1, updated_at = @p1 WHERE id = @p0", Uuid(id), Time(now));

    public static Task SetRecoverySentAsync(AuthTransaction tx, Guid id, DateTimeOffset now) =>
        tx.ExecuteAsync($"UPDATE {Users(tx)} SET recovery_sent_at = @p1, updated_at = @p1 WHERE id = @p0", Uuid(id), Time(now));

    public static Task SetLastSignInAsync(AuthTransaction tx, Guid id, DateTimeOffset now) =>
        tx.ExecuteAsync($"UPDATE {Users(tx)} SET last_sign_in_at = @p1, updated_at = @p1 WHERE id = @p0", Uuid(id), Time(now));

    public static Task SetPasswordAsync(AuthTransaction tx, Guid id, string encryptedPassword, DateTimeOffset now) =>
        tx.ExecuteAsync($"UPDATE {Users(tx)} SET encrypted_password = @p1, updated_at = @p2 WHERE id = @p0", Uuid(id), Text(encryptedPassword), Time(now));

    public static Task SetUserMetadataAsync(AuthTransaction tx, Guid id, JsonObject metadata, DateTimeOffset now) =>
        tx.ExecuteAsync($"UPDATE {Users(tx)} SET raw_user_meta_data = @p1, updated_at = @p2 WHERE id = @p0", Uuid(id), Jsonb(metadata.ToJsonString()), Time(now));

    /// <summary>A provider account linked to the user: its providers list, and the address confirmed by the provider (an unproven password dropped).</summary>
    public static Task LinkProviderAsync(AuthTransaction tx, Guid id, JsonObject appMetadata, bool confirmEmail, DateTimeOffset now) =>
        tx.ExecuteAsync(
            $"UPDATE {Users(tx)} SET raw_app_meta_data = @p1, updated_at = @p2"
            + (confirmEmail ? ", email_confirmed_at = @p2, encrypted_password = NULL" : "") + " WHERE id = @p0",
            Uuid(id), Jsonb(appMetadata.ToJsonString()), Time(now));

    private static string Users(AuthTransaction tx) => tx.Database.Table(UsersTable.Name);

    internal static UserRecord Read(DbDataReader r) => new(ReadUuid(r, 0), ReadText(r, 3))
    {
        Aud = ReadText(r, 1) ?? "authenticated",
        Role = ReadText(r, 2) ?? "authenticated",
        EncryptedPassword = ReadText(r, 4),
        EmailConfirmedAt = ReadNullableTime(r, 5),
        ConfirmationSentAt = ReadNullableTime(r, 6),
        LastSignInAt = ReadNullableTime(r, 7),
        AppMetadata = Object(ReadText(r, 8)),
        UserMetadata = Object(ReadText(r, 9)),
        Phone = ReadText(r, 10),
        PhoneConfirmedAt = ReadNullableTime(r, 11),
        BannedUntil = ReadNullableTime(r, 12),
        IsAnonymous = ReadBool(r, 13),
        CreatedAt = ReadTime(r, 14),
        UpdatedAt = ReadTime(r, 15),
        DeletedAt = ReadNullableTime(r, 16),
        EmailChange = ReadText(r, 17),
        EmailChangeSentAt = ReadNullableTime(r, 18),
        InvitedAt = ReadNullableTime(r, 19),
    };

    private static JsonObject Object(string? json) => json is null ? [] : JsonNode.Parse(json) as JsonObject ?? [];
}
