using static Basalt.Spec.Schema.AuthTables.SystemColumns;

namespace Basalt.Spec.Schema.AuthTables;

/// <summary>
/// <c>auth.one_time_tokens</c>: the pending confirmation (and later recovery, magic link, email change) of a user, at
/// most one per kind. A mail carries a link token and a six-digit code; only their SHA-256 hashes are stored
/// (<c>token_hash</c>, <c>otp_hash</c>). <c>relates_to</c> is the address the token was sent to.
/// </summary>
public static class OneTimeTokensTable
{
    public static TableName Name { get; } = new("auth", "one_time_tokens");

    public static TableSchema Schema { get; } = new(Name,
    [
        Uuid("id", generated: true),
        Uuid("user_id"),
        Text("token_type", nullable: false, maxLength: 64),
        Text("token_hash", nullable: false, maxLength: 64),
        Text("otp_hash", maxLength: 64),
        Text("relates_to", nullable: false, maxLength: 320),
        Time("created_at", nullable: false, now: true),
        Time("updated_at", nullable: false, now: true),
    ])
    {
        PrimaryKey = ["id"],
        Uniques =
        [
            new UniqueConstraint("auth_one_time_tokens_user_id_token_type_key", ["user_id", "token_type"]),
            new UniqueConstraint("auth_one_time_tokens_token_hash_key", ["token_hash"]),
        ],
        ForeignKeys = [ToUsers(Name)],
        IsSystem = true,
    };
}
