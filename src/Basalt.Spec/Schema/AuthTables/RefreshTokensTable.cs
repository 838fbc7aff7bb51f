using static Basalt.Spec.Schema.AuthTables.SystemColumns;

namespace Basalt.Spec.Schema.AuthTables;

/// <summary>
/// <c>auth.refresh_tokens</c>: the chain of one session's refresh tokens. Only the SHA-256 of a token is stored
/// (<c>token_hash</c>), so a copy of the database signs no one in. <c>parent</c> is the id of the token this one
/// replaced; <c>revoked</c> marks a token that was used (rotated) or withdrawn.
/// </summary>
public static class RefreshTokensTable
{
    public static TableName Name { get; } = new("auth", "refresh_tokens");

    public static TableSchema Schema { get; } = new(Name,
    [
        Identity("id"),
        Text("token_hash", nullable: false, maxLength: 64),
        Uuid("user_id"),
        Uuid("session_id"),
        BigInt("parent"),
        Boolean("revoked", false),
        Time("created_at", nullable: false, now: true),
        Time("updated_at", nullable: false, now: true),
    ])
    {
        PrimaryKey = ["id"],
        Uniques = [new UniqueConstraint("auth_refresh_tokens_token_hash_key", ["token_hash"])],
        ForeignKeys =
        [
            ToUsers(Name),
            new ForeignKey("auth_refresh_tokens_session_id_fkey", ["session_id"], SessionsTable.Name, ["id"], ReferentialAction.Cascade),
        ],
        Indexes = [Index(Name, "session_id")],
        IsSystem = true,
    };
}
