using static Basalt.Spec.Schema.AuthTables.SystemColumns;

namespace Basalt.Spec.Schema.AuthTables;

/// <summary>
/// <c>auth.audit_log_entries</c>: one row per auth event, as GoTrue writes it: <c>payload</c> holds the actor (id,
/// username, via), the action, the log type and the traits; <c>ip</c> and the user agent are kept with it. No foreign
/// key to the user: the trail outlives a deleted account.
/// </summary>
public static class AuditLogTable
{
    public static TableName Name { get; } = new("auth", "audit_log_entries");

    public static TableSchema Schema { get; } = new(Name,
    [
        Uuid("id", generated: true),
        Jsonb("payload"),
        Time("created_at", nullable: false, now: true),
        Text("ip", nullable: false, maxLength: 64, defaultText: ""),
    ])
    {
        PrimaryKey = ["id"],
        Indexes = [Index(Name, "created_at")],
        IsSystem = true,
    };
}
