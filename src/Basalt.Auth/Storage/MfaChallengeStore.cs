using System.Data.Common;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Storage;

/// <summary>Reads and writes <c>auth.mfa_challenges</c>.</summary>
public static class MfaChallengeStore
{
    public static Task InsertAsync(AuthTransaction tx, MfaChallengeRecord challenge) =>
        tx.ExecuteAsync($"INSERT INTO {Table(tx)} (id, factor_id, created_at, ip_address) VALUES (@p0, @p1, @p2, @p3)",
            Uuid(challenge.Id), Uuid(challenge.FactorId), Time(challenge.CreatedAt), Text(challenge.IpAddress));

    public static Task<MfaChallengeRecord?> FindAsync(AuthTransaction tx, Guid factorId, Guid id) =>
        tx.QuerySingleAsync($"SELECT id, factor_id, created_at, verified_at, ip_address FROM {Table(tx)} WHERE id = @p0 AND factor_id = @p1",
            Read, Uuid(id), Uuid(factorId));

    /// <summary>Spends the challenge; false when a concurrent request spent it first.</summary>
    public static async Task<bool> MarkVerifiedAsync(AuthTransaction tx, Guid id, DateTimeOffset now) =>
        await tx.ExecuteAsync($"UPDATE {Table(tx)} SET verified_at = @p1 WHERE id = @p0 AND verified_at IS NULL", Uuid(id), Time(now)) == 1;

    private static string Table(AuthTransaction tx) => tx.Database.Table(MfaChallengesTable.Name);

    private static MfaChallengeRecord Read(DbDataReader r) =>
        new(ReadUuid(r, 0), ReadUuid(r, 1), ReadTime(r, 2), ReadNullableTime(r, 3), ReadText(r, 4));
}
