using System.Text.Json.Nodes;
using Basalt.Spec.Schema.AuthTables;
using static Basalt.Auth.Storage.Values;

namespace Basalt.Auth.Storage;

/// <summary>
/// Writes <c>auth.audit_log_entries</c> in GoTrue's payload shape (<c>actor_id</c>, <c>actor_username</c>,
/// <c>action</c>, <c>log_type</c>, <c>traits</c>), plus the client's IP and user agent. Written in the transaction of the
/// change it records, so an event is logged exactly when it happened.
/// </summary>
public static class AuditLog
{
    public static Task WriteAsync(AuthTransaction tx, AuditEvent entry, AuthClient client, DateTimeOffset now)
    {
        var payload = new JsonObject
        {
            ["actor_id"] = entry.ActorId?.ToString("D") ?? "",
            ["actor_username"] = entry.ActorUsername ?? "",
            ["actor_via_sso"] = false,
            ["action"] = entry.Action,
            ["log_type"] = entry.LogType,
            ["ip_address"] = client.Ip ?? "",
            ["user_agent"] = client.UserAgent ?? "",
        };
        if (entry.Traits is { Count: > 0 } traits)
        {
            payload["traits"] = traits.DeepClone();
        }
        return tx.ExecuteAsync(
            $"INSERT INTO {tx.Database.Table(AuditLogTable.Name)} (id, payload, created_at, ip) VALUES (@p0, @p1, @p2, @p3)",
            Uuid(Guid.NewGuid()), Jsonb(payload.ToJsonString()), Time(now), Text(Truncated(client.Ip ?? "", 64)));
    }

    private static string Truncated(string text, int max) => text.Length <= max ? text : text[..max];
}
