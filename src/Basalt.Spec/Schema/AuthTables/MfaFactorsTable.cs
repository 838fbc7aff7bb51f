using static Basalt.Spec.Schema.AuthTables.SystemColumns;

namespace Basalt.Spec.Schema.AuthTables;

/// <summary>
/// <c>auth.mfa_factors</c>: a user's second factors (TOTP so far), <c>unverified</c> from enrollment until the first
/// successful challenge, then <c>verified</c>. <c>secret</c> is the TOTP key encrypted with AES-256-GCM under a key
/// derived from <c>auth.jwt.secret</c> (never returned after enrollment); <c>last_used_step</c> is the 30-second step of
/// the last accepted code, so a code works once. A blank friendly name is stored as NULL, so only real names collide.
/// </summary>
public static class MfaFactorsTable
{
    public static TableName Name { get; } = new("auth", "mfa_factors");

    public static TableSchema Schema { get; } = new(Name,
    [
        Uuid("id", generated: true),
        Uuid("user_id"),
        Text("friendly_name", maxLength: 256),
        Text("factor_type", nullable: false, maxLength: 16),
        Text("status", nullable: false, maxLength: 16),
        Text("secret", nullable: false, maxLength: 256),
        BigInt("last_used_step"),
        Time("created_at", nullable: false, now: true),
        Time("updated_at", nullable: false, now: true),
        Time("last_challenged_at"),
    ])
    {
        PrimaryKey = ["id"],
        Uniques = [new UniqueConstraint("auth_mfa_factors_user_id_friendly_name_key", ["user_id", "friendly_name"])],
        ForeignKeys = [ToUsers(Name)],
        IsSystem = true,
    };
}
