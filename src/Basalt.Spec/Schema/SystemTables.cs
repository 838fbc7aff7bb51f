namespace Basalt.Spec.Schema;

/// <summary>
/// Basalt's own tables, added to every compiled schema so that the first migration of any project creates them
/// and spec tables can reference them (<c>references: auth.users</c>). The auth issue widens this set; each
/// widening reaches existing projects as an ordinary, reviewable migration.
/// </summary>
public static class SystemTables
{
    public static TableName AuthUsersName { get; } = new("auth", "users");

    public static TableSchema AuthUsers { get; } = new(AuthUsersName,
    [
        new ColumnSchema("id", new ColumnType(ColumnKind.Uuid)) { Default = ColumnDefault.GenRandomUuid },
        new ColumnSchema("email", new ColumnType(ColumnKind.Text)) { Nullable = true, MaxLength = 320 },
        new ColumnSchema("created_at", new ColumnType(ColumnKind.TimestampTz)) { Default = ColumnDefault.Now },
        new ColumnSchema("updated_at", new ColumnType(ColumnKind.TimestampTz)) { Default = ColumnDefault.Now },
    ])
    {
        PrimaryKey = ["id"],
        Uniques = [new UniqueConstraint("auth_users_email_key", ["email"])],
        IsSystem = true,
    };

    public static IReadOnlyList<TableSchema> All { get; } = [AuthUsers];
}
