using static Basalt.Spec.Schema.AuthTables.SystemColumns;

namespace Basalt.Spec.Schema.AuthTables;

/// <summary>
/// <c>auth.flow_state</c>: a PKCE sign-in waiting for its code exchange. The browser brings back <c>auth_code</c>
/// (only its SHA-256 is stored); <c>POST /token?grant_type=pkce</c> exchanges it once, with the verifier of
/// <c>code_challenge</c>, within five minutes of <c>created_at</c>.
/// </summary>
public static class FlowStateTable
{
    public static TableName Name { get; } = new("auth", "flow_state");

    public static TableSchema Schema { get; } = new(Name,
    [
        Uuid("id", generated: true),
        Uuid("user_id"),
        Text("auth_code_hash", nullable: false, maxLength: 64),
        Text("code_challenge", nullable: false, maxLength: 128),
        Text("code_challenge_method", nullable: false, maxLength: 8),
        Text("provider_type", nullable: false, maxLength: 64),
        Text("provider_access_token"),
        Time("created_at", nullable: false, now: true),
    ])
    {
        PrimaryKey = ["id"],
        Uniques = [new UniqueConstraint("auth_flow_state_auth_code_hash_key", ["auth_code_hash"])],
        ForeignKeys = [ToUsers(Name)],
        IsSystem = true,
    };
}
