using System.Data.Common;
using System.Text.Json.Nodes;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Storage;

/// <summary>Reads and writes <c>auth.sessions</c>; deleting a session deletes its refresh tokens (cascade).</summary>
public static class SessionStore
{
    private const string Columns = "id, user_id, created_at, aal, amr, not_after, refreshed_at, user_agent, ip";

    public static Task InsertAsync(AuthTransaction tx, SessionRecord session) =>
        tx.ExecuteAsync(
            $"INSERT INTO {Sessions(tx)} (id, user_id, created_at, updated_at, aal, amr, user_agent, ip) VALUES (@p0, @p1, @p2, @p2, @p3, @p4, @p5, @p6)",
            Uuid(session.Id), Uuid(session.UserId), Time(session.CreatedAt), Text(session.Aal), Jsonb(session.Amr.ToJsonString()),
            Text(session.UserAgent), Text(session.Ip));

    public static Task<SessionRecord?> FindAsync(AuthTransaction tx, Guid id) =>
        tx.QuerySingleAsync($"SELECT {Columns} FROM {Sessions(tx)} WHERE id = @p0", Read, Uuid(id));

    public static Task MarkRefreshedAsync(AuthTransaction tx, Guid id, DateTimeOffset now, string? userAgent, string? ip) =>
        tx.ExecuteAsync($"UPDATE {Sessions(tx)} SET refreshed_at = @p1, updated_at = @p1, user_agent = @p2, ip = @p3 WHERE id = @p0",
            Uuid(id), Time(now), Text(userAgent), Text(ip));

    public static Task<int> DeleteAsync(AuthTransaction tx, Guid id) =>
        tx.ExecuteAsync($"DELETE FROM {Sessions(tx)} WHERE id = @p0", Uuid(id));

    public static Task<int> DeleteForUserAsync(AuthTransaction tx, Guid userId) =>
        tx.ExecuteAsync($"DELETE FROM {Sessions(tx)} WHERE user_id = @p0", Uuid(userId));

    public static Task<int> DeleteOthersAsync(AuthTransaction tx, Guid userId, Guid keep) =>
        tx.ExecuteAsync($"DELETE FROM {Sessions(tx)} WHERE user_id = @p0 AND id <> @p1", Uuid(userId), Uuid(keep));

    private static string Sessions(AuthTransaction tx) => tx.Database.Table(SessionsTable.Name);

    private static SessionRecord Read(DbDataReader r) => new(ReadUuid(r, 0), ReadUuid(r, 1), ReadTime(r, 2))
    {
        Aal = ReadText(r, 3) ?? "aal1",
        Amr = ReadText(r, 4) is { } json ? JsonNode.Parse(json) as JsonArray ?? [] : [],
        NotAfter = ReadNullableTime(r, 5),
        RefreshedAt = ReadNullableTime(r, 6),
        UserAgent = ReadText(r, 7),
        Ip = ReadText(r, 8),
    };
}
