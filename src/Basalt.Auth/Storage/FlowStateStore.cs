using System.Data.Common;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Storage;

/// <summary>Reads and writes <c>auth.flow_state</c>: PKCE sign-ins waiting for their code exchange.</summary>
public static class FlowStateStore
{
    public static Task InsertAsync(AuthTransaction tx, FlowStateRecord flow, string authCodeHash) =>
        tx.ExecuteAsync(
            $"INSERT INTO {Table(tx)} (id, user_id, auth_code_hash, code_challenge, code_challenge_method, provider_type, created_at) "
            + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)",
            Uuid(flow.Id), Uuid(flow.UserId), Text(authCodeHash), Text(flow.CodeChallenge), Text(flow.Method), Text(flow.Provider), Time(flow.CreatedAt));

    /// <summary>Removes and returns the flow of this code: a code is exchanged once, whatever the outcome.</summary>
    public static Task<FlowStateRecord?> TakeAsync(AuthTransaction tx, string authCodeHash) =>
        tx.QuerySingleAsync(
            $"DELETE FROM {Table(tx)} WHERE auth_code_hash = @p0 RETURNING id, user_id, code_challenge, code_challenge_method, provider_type, created_at",
            Read, Text(authCodeHash));

    private static string Table(AuthTransaction tx) => tx.Database.Table(FlowStateTable.Name);

    private static FlowStateRecord Read(DbDataReader r) =>
        new(ReadUuid(r, 0), ReadUuid(r, 1), ReadText(r, 2)!, ReadText(r, 3)!, ReadText(r, 4)!, ReadTime(r, 5));
}
