using System.Data.Common;
using System.Text.Json.Nodes;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Storage;

/// <summary>Reads and writes <c>auth.identities</c>.</summary>
public static class IdentityStore
{
    private const string Columns = "id, provider_id, user_id, provider, identity_data, email, last_sign_in_at, created_at, updated_at";

    public static Task<IdentityRecord?> FindAsync(AuthTransaction tx, string provider, string providerId) =>
        tx.QuerySingleAsync($"SELECT {Columns} FROM {Table(tx)} WHERE provider = @p0 AND provider_id = @p1", Read, Text(provider), Text(providerId));

    public static Task<IReadOnlyList<IdentityRecord>> ListForUserAsync(AuthTransaction tx, Guid userId) =>
        tx.QueryAsync($"SELECT {Columns} FROM {Table(tx)} WHERE user_id = @p0 ORDER BY created_at, id", Read, Uuid(userId));

    public static Task InsertAsync(AuthTransaction tx, IdentityRecord identity) =>
        tx.ExecuteAsync(
            $"INSERT INTO {Table(tx)} (id, provider_id, user_id, provider, identity_data, email, last_sign_in_at, created_at, updated_at) "
            + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p7)",
            Uuid(identity.Id), Text(identity.ProviderId), Uuid(identity.UserId), Text(identity.Provider),
            Jsonb(identity.IdentityData.ToJsonString()), Text(identity.Email), Time(identity.LastSignInAt), Time(identity.CreatedAt));

    /// <summary>A sign-in through the identity: the provider's latest profile and the time.</summary>
    public static Task SignedInAsync(AuthTransaction tx, Guid id, JsonObject identityData, string? email, DateTimeOffset now) =>
        tx.ExecuteAsync($"UPDATE {Table(tx)} SET identity_data = @p1, email = @p2, last_sign_in_at = @p3, updated_at = @p3 WHERE id = @p0",
            Uuid(id), Jsonb(identityData.ToJsonString()), Text(email), Time(now));

    private static string Table(AuthTransaction tx) => tx.Database.Table(IdentitiesTable.Name);

    private static IdentityRecord Read(DbDataReader r) =>
        new(ReadUuid(r, 0), ReadText(r, 1)!, ReadUuid(r, 2), ReadText(r, 3)!, JsonNode.Parse(ReadText(r, 4) ?? "{}") as JsonObject ?? [])
        {
            Email = ReadText(r, 5),
            LastSignInAt = ReadNullableTime(r, 6),
            CreatedAt = ReadTime(r, 7),
            UpdatedAt = ReadTime(r, 8),
        };
}
