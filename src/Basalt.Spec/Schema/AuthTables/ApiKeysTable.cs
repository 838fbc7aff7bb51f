using static Basalt.Spec.Schema.AuthTables.SystemColumns;

namespace Basalt.Spec.Schema.AuthTables;

/// <summary>
/// <c>auth.api_keys</c>: long-lived opaque keys for machines. Only the SHA-256 of a key is stored (<c>key_hash</c>);
/// <c>prefix</c> is its first characters, shown in lists so a person can tell keys apart. A key acts as <c>role</c>
/// until <c>expires_at</c> (never when null) or until it is revoked (<c>revoked_at</c>). <c>last_used_at</c> and
/// <c>use_count</c> are written in batches, not on every request.
/// </summary>
public static class ApiKeysTable
{
    public static TableName Name { get; } = new("auth", "api_keys");

    public static TableSchema Schema { get; } = new(Name,
    [
        Uuid("id", generated: true),
        Text("name", nullable: false, maxLength: 200),
        Text("prefix", nullable: false, maxLength: 16),
        Text("key_hash", nullable: false, maxLength: 64),
        Text("role", nullable: false, maxLength: 63),
        Time("expires_at"),
        Time("created_at", nullable: false, now: true),
        Time("revoked_at"),
        Time("last_used_at"),
        BigInt("use_count", nullable: false),
    ])
    {
        PrimaryKey = ["id"],
        Uniques = [new UniqueConstraint("auth_api_keys_key_hash_key", ["key_hash"])],
        IsSystem = true,
    };
}
