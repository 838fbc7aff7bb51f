using System.Data.Common;
using Basalt.Auth.Storage;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.ApiKeys;

/// <summary>Reads and writes <c>auth.api_keys</c>, by id or by the key's SHA-256, never by the key.</summary>
public static class ApiKeyStore
{
    private const string Columns = "id, name, prefix, role, created_at, expires_at, revoked_at, last_used_at, use_count, key_hash";

    public static Task InsertAsync(AuthTransaction tx, ApiKeyRecord key, string keyHash) =>
        tx.ExecuteAsync(
            $"INSERT INTO {Table(tx)} (id, name, prefix, key_hash, role, expires_at, created_at, use_count) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)",
            Uuid(key.Id), Text(key.Name), Text(key.Prefix), Text(keyHash), Text(key.Role), Time(key.ExpiresAt), Time(key.CreatedAt), BigInt(0));

    public static Task<IReadOnlyList<ApiKeyRecord>> ListAsync(AuthTransaction tx) =>
        tx.QueryAsync($"SELECT {Columns} FROM {Table(tx)} ORDER BY created_at, id", r => Read(r).Key);

    public static async Task<ApiKeyRecord?> FindAsync(AuthTransaction tx, Guid id) =>
        (await tx.QueryAsync($"SELECT {Columns} FROM {Table(tx)} WHERE id = @p0", r => Read(r).Key, Uuid(id))).FirstOrDefault();

    public static async Task<(ApiKeyRecord Key, string Hash)?> FindByHashAsync(AuthTransaction tx, string keyHash)
    {
        var rows = await tx.QueryAsync($"SELECT {Columns} FROM {Table(tx)} WHERE key_hash = @p0", Read, Text(keyHash));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Revokes the key unless it already was; false when it was (or does not exist).</summary>
    public static async Task<bool> RevokeAsync(AuthTransaction tx, Guid id, DateTimeOffset now) =>
        await tx.ExecuteAsync($"UPDATE {Table(tx)} SET revoked_at = @p1 WHERE id = @p0 AND revoked_at IS NULL", Uuid(id), Time(now)) == 1;

    /// <summary>Adds a batch of uses: the count grows, the last use moves forward only.</summary>
    public static Task AddUsageAsync(AuthTransaction tx, Guid id, long uses, DateTimeOffset lastUsed) =>
        tx.ExecuteAsync(
            $"UPDATE {Table(tx)} SET use_count = use_count + @p1, last_used_at = CASE WHEN last_used_at IS NULL OR last_used_at < @p2 THEN @p2 ELSE last_used_at END WHERE id = @p0",
            Uuid(id), BigInt(uses), Time(lastUsed));

    private static string Table(AuthTransaction tx) => tx.Database.Table(ApiKeysTable.Name);

    private static (ApiKeyRecord Key, string Hash) Read(DbDataReader r) =>
        (new ApiKeyRecord(ReadUuid(r, 0), ReadText(r, 1)!, ReadText(r, 2)!, ReadText(r, 3)!, ReadTime(r, 4))
        {
            ExpiresAt = ReadNullableTime(r, 5),
            RevokedAt = ReadNullableTime(r, 6),
            LastUsedAt = ReadNullableTime(r, 7),
            UseCount = ReadLong(r, 8),
        }, ReadText(r, 9)!);
}
