using System.Data.Common;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Storage;

/// <summary>Reads and writes <c>auth.refresh_tokens</c>, always by the token's SHA-256, never by the token.</summary>
public static class RefreshTokenStore
{
    public static async Task<long> InsertAsync(AuthTransaction tx, string tokenHash, Guid userId, Guid sessionId, long? parent, DateTimeOffset now)
    {
        var ids = await tx.QueryAsync(
            $"INSERT INTO {Tokens(tx)} (token_hash, user_id, session_id, parent, revoked, created_at, updated_at) "
            + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p5) RETURNING id",
            r => ReadLong(r, 0), Text(tokenHash), Uuid(userId), Uuid(sessionId), BigInt(parent), Bool(false), Time(now));
        return ids[0];
    }

    public static Task<RefreshTokenRecord?> FindByHashAsync(AuthTransaction tx, string tokenHash) =>
        tx.QuerySingleAsync(
            $"SELECT id, user_id, session_id, parent, revoked, created_at, updated_at FROM {Tokens(tx)} WHERE token_hash = @p0", Read, Text(tokenHash));

    /// <summary>Revokes the token unless it already was; false when another request revoked it first (the token was raced).</summary>
    public static async Task<bool> RevokeAsync(AuthTransaction tx, long id, DateTimeOffset now) =>
        await tx.ExecuteAsync($"UPDATE {Tokens(tx)} SET revoked = @p1, updated_at = @p2 WHERE id = @p0 AND revoked = @p3",
            BigInt(id), Bool(true), Time(now), Bool(false)) == 1;

    private static string Tokens(AuthTransaction tx) => tx.Database.Table(RefreshTokensTable.Name);

    private static RefreshTokenRecord Read(DbDataReader r) =>
        new(ReadLong(r, 0), ReadUuid(r, 1), ReadUuid(r, 2), ReadNullableLong(r, 3), ReadBool(r, 4), ReadTime(r, 5), ReadTime(r, 6));
}
