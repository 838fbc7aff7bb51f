using System.Text.Json.Nodes;
using Basalt.Auth.Storage;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Admin;

/// <summary>The statements only the admin API needs on <c>auth.users</c>: pages, counts, a whole-row update, delete.</summary>
public static class AdminUserStore
{
    public static Task<IReadOnlyList<UserRecord>> PageAsync(AuthTransaction tx, int page, int perPage) =>
        tx.QueryAsync(
            $"SELECT {UserStore.Columns} FROM {Users(tx)} ORDER BY created_at DESC, id LIMIT @p0 OFFSET @p1",
            UserStore.Read, Integer(perPage), BigInt((long)(page - 1) * perPage));

    public static async Task<long> CountAsync(AuthTransaction tx) =>
        (await tx.QueryAsync($"SELECT count(*) FROM {Users(tx)}", r => ReadLong(r, 0)))[0];

    /// <summary>Writes every field the admin API may change.</summary>
    public static Task UpdateAsync(AuthTransaction tx, UserRecord user, DateTimeOffset now) =>
        tx.ExecuteAsync(
            $"UPDATE {Users(tx)} SET email = @p1, encrypted_password = @p2, email_confirmed_at = @p3, raw_app_meta_data = @p4, "
            + "raw_user_meta_data = @p5, banned_until = @p6, role = @p7, updated_at = @p8 WHERE id = @p0",
            Uuid(user.Id), Text(user.Email), Text(user.EncryptedPassword), Time(user.EmailConfirmedAt), Jsonb(user.AppMetadata.ToJsonString()),
            Jsonb(user.UserMetadata.ToJsonString()), Time(user.BannedUntil), Text(user.Role), Time(now));

    /// <summary>Deletes the user; sessions, refresh tokens and one-time tokens go with it (foreign keys cascade).</summary>
    public static async Task<bool> DeleteAsync(AuthTransaction tx, Guid id) =>
        await tx.ExecuteAsync($"DELETE FROM {Users(tx)} WHERE id = @p0", Uuid(id)) == 1;

    /// <summary>Merges <paramref name="changes"/> into <paramref name="target"/>: a key set to null is removed, as GoTrue does.</summary>
    public static JsonObject Merge(JsonObject target, JsonObject changes)
    {
        var merged = (JsonObject)target.DeepClone();
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                merged.Remove(name);
            }
            else
            {
                merged[name] = value.DeepClone();
            }
        }
        return merged;
    }

    private static string Users(AuthTransaction tx) => tx.Database.Table(UsersTable.Name);
}
