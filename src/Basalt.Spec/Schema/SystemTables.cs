using Basalt.Spec.Schema.AuthTables;

namespace Basalt.Spec.Schema;

/// <summary>
/// Basalt's own tables, added to every compiled schema so that the first migration of any project creates them
/// and spec tables can reference them (<c>references: auth.users</c>). Each widening reaches existing projects as an
/// ordinary, reviewable migration. The tables are in <c>AuthTables/</c>, one file each; the order here is the order
/// of creation (a table after the ones it references).
/// </summary>
public static class SystemTables
{
    public static TableName AuthUsersName => UsersTable.Name;

    public static TableSchema AuthUsers => UsersTable.Schema;

    /// <summary>
    /// The system tables a spec table may reference: <c>auth.users</c> only. Sessions, tokens, the audit log and the
    /// outbox are Basalt's internals, free to change shape.
    /// </summary>
    public static IReadOnlyList<TableSchema> Referenceable { get; } = [UsersTable.Schema];

    public static IReadOnlyList<TableSchema> All { get; } =
    [
        UsersTable.Schema,
        SessionsTable.Schema,
        RefreshTokensTable.Schema,
        OneTimeTokensTable.Schema,
        AuditLogTable.Schema,
        MailOutboxTable.Schema,
        MfaFactorsTable.Schema,
        MfaChallengesTable.Schema,
        ApiKeysTable.Schema,
        IdentitiesTable.Schema,
        FlowStateTable.Schema,
    ];
}
