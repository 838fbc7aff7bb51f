using System.Text.Json.Nodes;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Storage;

/// <summary>The MFA changes to <c>auth.sessions</c>: raising a session to <c>aal2</c>, and lowering a user's sessions again.</summary>
public static class MfaSessionUpdates
{
    public static Task UpgradeAsync(AuthTransaction tx, Guid sessionId, Guid factorId, JsonArray amr, DateTimeOffset now) =>
        tx.ExecuteAsync($"UPDATE {Sessions(tx)} SET aal = @p1, factor_id = @p2, amr = @p3, updated_at = @p4 WHERE id = @p0",
            Uuid(sessionId), Text("aal2"), Uuid(factorId), Jsonb(amr.ToJsonString()), Time(now));

    /// <summary>GoTrue signs out a user's other <c>aal1</c> sessions once one session reaches <c>aal2</c>.</summary>
    public static Task DeleteOtherAal1Async(AuthTransaction tx, Guid userId, Guid keep) =>
        tx.ExecuteAsync($"DELETE FROM {Sessions(tx)} WHERE user_id = @p0 AND id <> @p1 AND aal = @p2", Uuid(userId), Uuid(keep), Text("aal1"));

    /// <summary>Unenrolling a factor lowers the sessions it raised back to <c>aal1</c> (GoTrue's <c>DowngradeSessionsToAAL1</c>).</summary>
    public static Task DowngradeAsync(AuthTransaction tx, Guid factorId, DateTimeOffset now) =>
        tx.ExecuteAsync($"UPDATE {Sessions(tx)} SET aal = @p1, factor_id = NULL, updated_at = @p2 WHERE factor_id = @p0",
            Uuid(factorId), Text("aal1"), Time(now));

    private static string Sessions(AuthTransaction tx) => tx.Database.Table(SessionsTable.Name);
}
