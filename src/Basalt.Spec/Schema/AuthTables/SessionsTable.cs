using static Basalt.Spec.Schema.AuthTables.SystemColumns;

namespace Basalt.Spec.Schema.AuthTables;

/// <summary>
/// <c>auth.sessions</c>: one row per signed-in device. An access token names its session (<c>session_id</c>); deleting
/// the row signs that device out (its refresh tokens go with it) and makes its access tokens fail on <c>/user</c>.
/// <c>aal</c>, <c>amr</c> and <c>factor_id</c> are for MFA (GoTrue keeps the methods in <c>mfa_amr_claims</c>), <c>not_after</c> for sessions with a hard end.
/// </summary>
public static class SessionsTable
{
    public static TableName Name { get; } = new("auth", "sessions");

    public static TableSchema Schema { get; } = new(Name,
    [
        Uuid("id", generated: true),
        Uuid("user_id"),
        Time("created_at", nullable: false, now: true),
        Time("updated_at", nullable: false, now: true),
        Uuid("factor_id", nullable: true),
        Text("aal", nullable: false, maxLength: 8, defaultText: "aal1"),
        // The authentication methods of the session ({method, timestamp} objects), copied into the amr claim of its tokens.
        Jsonb("amr", defaultJson: "[]"),
        Time("not_after"),
        Time("refreshed_at"),
        Text("user_agent", maxLength: 1024),
        Text("ip", maxLength: 64),
    ])
    {
        PrimaryKey = ["id"],
        ForeignKeys = [ToUsers(Name)],
        Indexes = [Index(Name, "user_id")],
        IsSystem = true,
    };
}
