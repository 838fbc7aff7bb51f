using System.Data.Common;
using Basalt.Auth.Tokens;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Storage;

/// <summary>Reads and writes <c>auth.flow_state</c>: PKCE sign-ins waiting for their code exchange.</summary>
public static class FlowStateStore
{
    /// <summary>No flow lives longer than a mail link (a day); older rows are swept whenever a flow is written.</summary>
    public static readonly TimeSpan SweepAfter = TimeSpan.FromDays(1);

    public static async Task InsertAsync(AuthTransaction tx, FlowStateRecord flow, string authCodeHash)
    {
        await tx.ExecuteAsync($"DELETE FROM {Table(tx)} WHERE created_at < @p0", Time(flow.CreatedAt - SweepAfter));
        await tx.ExecuteAsync(
            $"INSERT INTO {Table(tx)} (id, user_id, auth_code_hash, code_challenge, code_challenge_method, provider_type, provider_access_token, created_at) "
            + "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)",
            Uuid(flow.Id), Uuid(flow.UserId), Text(authCodeHash), Text(flow.CodeChallenge), Text(flow.Method), Text(flow.Provider),
            Text(flow.ProviderAccessToken), Time(flow.CreatedAt));
    }

    /// <summary>
    /// A mail flow's challenge, waiting for its link: replaces the user's earlier ones of the same provider. Its code
    /// hash is of a random value nobody holds, so it cannot be exchanged until <see cref="ActivatePendingAsync"/>.
    /// </summary>
    public static async Task ReplacePendingAsync(AuthTransaction tx, FlowStateRecord flow)
    {
        await tx.ExecuteAsync($"DELETE FROM {Table(tx)} WHERE user_id = @p0 AND provider_type = @p1", Uuid(flow.UserId), Text(flow.Provider));
        await InsertAsync(tx, flow, Secrets.Sha256Hex(Secrets.NewToken()));
    }

    /// <summary>Gives the user's flow of this provider created after <paramref name="notBefore"/> a new code, restarting its clock; false if none.</summary>
    public static async Task<bool> ActivatePendingAsync(AuthTransaction tx, Guid userId, string provider, string authCodeHash, DateTimeOffset notBefore, DateTimeOffset now) =>
        await tx.ExecuteAsync(
            $"UPDATE {Table(tx)} SET auth_code_hash = @p2, created_at = @p4 WHERE user_id = @p0 AND provider_type = @p1 AND created_at >= @p3",
            Uuid(userId), Text(provider), Text(authCodeHash), Time(notBefore), Time(now)) == 1;

    /// <summary>Removes and returns the flow of this code: a code is exchanged once, whatever the outcome.</summary>
    public static Task<FlowStateRecord?> TakeAsync(AuthTransaction tx, string authCodeHash) =>
        tx.QuerySingleAsync(
            $"DELETE FROM {Table(tx)} WHERE auth_code_hash = @p0 RETURNING id, user_id, code_challenge, code_challenge_method, provider_type, created_at, provider_access_token",
            Read, Text(authCodeHash));

    private static string Table(AuthTransaction tx) => tx.Database.Table(FlowStateTable.Name);

    private static FlowStateRecord Read(DbDataReader r) =>
        new(ReadUuid(r, 0), ReadUuid(r, 1), ReadText(r, 2)!, ReadText(r, 3)!, ReadText(r, 4)!, ReadTime(r, 5)) { ProviderAccessToken = ReadText(r, 6) };
}
