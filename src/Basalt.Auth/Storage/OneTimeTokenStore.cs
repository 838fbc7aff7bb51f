using System.Data.Common;
using Basalt.Auth.Tokens;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Storage;

/// <summary>Reads and writes <c>auth.one_time_tokens</c>: at most one pending token per user and kind.</summary>
public static class OneTimeTokenStore
{
    /// <summary>GoTrue's token kinds: sign-up (and invite) confirmation, recovery (also magic links, as in GoTrue), reauthentication.</summary>
    public const string Confirmation = "confirmation_token";

    public const string Recovery = "recovery_token";

    public const string Reauthentication = "reauthentication_token";

    /// <summary>An email change: the token mailed to the current address and the one mailed to the new address.</summary>
    public const string EmailChangeCurrent = "email_change_token_current";

    public const string EmailChangeNew = "email_change_token_new";

    private const string Columns = "id, user_id, token_type, token_hash, otp_hash, relates_to, created_at";

    /// <summary>Replaces the user's pending token of this kind: a new mail makes the previous link and code useless.</summary>
    public static async Task ReplaceAsync(AuthTransaction tx, OneTimeTokenRecord token)
    {
        await tx.ExecuteAsync($"DELETE FROM {Table(tx)} WHERE user_id = @p0 AND token_type = @p1", Uuid(token.UserId), Text(token.TokenType));
        await tx.ExecuteAsync(
            $"INSERT INTO {Table(tx)} (id, user_id, token_type, token_hash, otp_hash, relates_to, created_at, updated_at) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p6)",
            Uuid(token.Id), Uuid(token.UserId), Text(token.TokenType), Text(token.TokenHash), Text(token.OtpHash), Text(token.RelatesTo), Time(token.CreatedAt));
    }

    public static Task DeleteForUserAsync(AuthTransaction tx, Guid userId, string tokenType) =>
        tx.ExecuteAsync($"DELETE FROM {Table(tx)} WHERE user_id = @p0 AND token_type = @p1", Uuid(userId), Text(tokenType));

    public static Task<OneTimeTokenRecord?> FindByHashAsync(AuthTransaction tx, string tokenHash) =>
        tx.QuerySingleAsync($"SELECT {Columns} FROM {Table(tx)} WHERE token_hash = @p0", Read, Text(tokenHash));

    public static Task<OneTimeTokenRecord?> FindForUserAsync(AuthTransaction tx, Guid userId, string tokenType) =>
        tx.QuerySingleAsync($"SELECT {Columns} FROM {Table(tx)} WHERE user_id = @p0 AND token_type = @p1", Read, Uuid(userId), Text(tokenType));

    /// <summary>
    /// Consumes a token but keeps its row as the record that this half of a two-part flow (an email change) was
    /// confirmed: the code hash goes and the link hash becomes a random value no one holds. False when already used.
    /// </summary>
    public static async Task<bool> MarkUsedAsync(AuthTransaction tx, Guid id, DateTimeOffset now) =>
        await tx.ExecuteAsync($"UPDATE {Table(tx)} SET token_hash = @p1, otp_hash = NULL, updated_at = @p2 WHERE id = @p0 AND otp_hash IS NOT NULL",
            Uuid(id), Text(Secrets.Sha256Hex(Secrets.NewToken())), Time(now)) == 1;

    /// <summary>Consumes the token; false when another request consumed it first.</summary>
    public static async Task<bool> DeleteAsync(AuthTransaction tx, Guid id) =>
        await tx.ExecuteAsync($"DELETE FROM {Table(tx)} WHERE id = @p0", Uuid(id)) == 1;

    private static string Table(AuthTransaction tx) => tx.Database.Table(OneTimeTokensTable.Name);

    private static OneTimeTokenRecord Read(DbDataReader r) =>
        new(ReadUuid(r, 0), ReadUuid(r, 1), ReadText(r, 2)!, ReadText(r, 3)!, ReadText(r, 4), ReadText(r, 5)!, ReadTime(r, 6));
}
