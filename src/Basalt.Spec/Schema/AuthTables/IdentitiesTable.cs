using static Basalt.Spec.Schema.AuthTables.SystemColumns;

namespace Basalt.Spec.Schema.AuthTables;

/// <summary>
/// <c>auth.identities</c>: the accounts a user signs in with, GoTrue's columns. <c>provider_id</c> is the provider's
/// own id of the account (the OIDC <c>sub</c>, GitHub's numeric id); one account of a provider belongs to one user.
/// <c>identity_data</c> keeps the provider's profile claims (name, picture, email, email_verified…).
/// </summary>
public static class IdentitiesTable
{
    public static TableName Name { get; } = new("auth", "identities");

    public static TableSchema Schema { get; } = new(Name,
    [
        Uuid("id", generated: true),
        Text("provider_id", nullable: false, maxLength: 255),
        Uuid("user_id"),
        Jsonb("identity_data"),
        Text("provider", nullable: false, maxLength: 64),
        Time("last_sign_in_at"),
        Time("created_at", nullable: false, now: true),
        Time("updated_at", nullable: false, now: true),
        Text("email", maxLength: 320),
    ])
    {
        PrimaryKey = ["id"],
        Uniques = [new UniqueConstraint("auth_identities_provider_id_provider_key", ["provider_id", "provider"])],
        ForeignKeys = [ToUsers(Name)],
        Indexes = [Index(Name, "user_id")],
        IsSystem = true,
    };
}
