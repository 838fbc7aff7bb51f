using System.Data.Common;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Storage;

/// <summary>Reads and writes <c>auth.mfa_factors</c>; deleting a factor deletes its challenges (cascade).</summary>
public static class MfaFactorStore
{
    private const string Columns = "id, user_id, friendly_name, factor_type, status, secret, created_at, last_used_step, updated_at, last_challenged_at";

    public static Task InsertAsync(AuthTransaction tx, MfaFactorRecord factor) =>
        tx.ExecuteAsync(
            $"INSERT INTO {Table(tx)} (id, user_id, friendly_name, factor_type, status, secret, created_at, updated_at) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p6)",
            Uuid(factor.Id), Uuid(factor.UserId), Text(factor.FriendlyName), Text(factor.FactorType), Text(factor.Status), Text(factor.Secret), Time(factor.CreatedAt));

    public static Task<IReadOnlyList<MfaFactorRecord>> ListForUserAsync(AuthTransaction tx, Guid userId) =>
        tx.QueryAsync($"SELECT {Columns} FROM {Table(tx)} WHERE user_id = @p0 ORDER BY created_at, id", Read, Uuid(userId));

    /// <summary>The factor when it belongs to <paramref name="userId"/>; another user's factor is as absent as an unknown one.</summary>
    public static Task<MfaFactorRecord?> FindAsync(AuthTransaction tx, Guid userId, Guid id) =>
        tx.QuerySingleAsync($"SELECT {Columns} FROM {Table(tx)} WHERE id = @p0 AND user_id = @p1", Read, Uuid(id), Uuid(userId));

    public static Task MarkChallengedAsync(AuthTransaction tx, Guid id, DateTimeOffset now) =>
        tx.ExecuteAsync($"UPDATE {Table(tx)} SET last_challenged_at = @p1, updated_at = @p1 WHERE id = @p0", Uuid(id), Time(now));

    /// <summary>
    /// Records an accepted code: the factor is verified and <paramref name="step"/> becomes its last used step. The
    /// condition makes two racing requests with one code safe: only the first moves the step, the other gets false.
    /// </summary>
    public static async Task<bool> UseStepAsync(AuthTransaction tx, Guid id, long step, DateTimeOffset now) =>
        await tx.ExecuteAsync(
            $"UPDATE {Table(tx)} SET status = @p1, last_used_step = @p2, updated_at = @p3 WHERE id = @p0 AND (last_used_step IS NULL OR last_used_step < @p2)",
            Uuid(id), Text(MfaFactorRecord.Verified), BigInt(step), Time(now)) == 1;

    /// <summary>GoTrue drops the user's other unverified factors of a type once one of that type is verified.</summary>
    public static Task DeleteUnverifiedAsync(AuthTransaction tx, Guid userId, string factorType) =>
        tx.ExecuteAsync($"DELETE FROM {Table(tx)} WHERE user_id = @p0 AND factor_type = @p1 AND status = @p2",
            Uuid(userId), Text(factorType), Text(MfaFactorRecord.Unverified));

    public static Task<int> DeleteAsync(AuthTransaction tx, Guid id) => tx.ExecuteAsync($"DELETE FROM {Table(tx)} WHERE id = @p0", Uuid(id));

    private static string Table(AuthTransaction tx) => tx.Database.Table(MfaFactorsTable.Name);

    private static MfaFactorRecord Read(DbDataReader r) =>
        new(ReadUuid(r, 0), ReadUuid(r, 1), ReadText(r, 2), ReadText(r, 3)!, ReadText(r, 4)!, ReadText(r, 5)!, ReadTime(r, 6))
        {
            LastUsedStep = ReadNullableLong(r, 7),
            UpdatedAt = ReadTime(r, 8),
            LastChallengedAt = ReadNullableTime(r, 9),
        };
}
