namespace Basalt.Spec.Schema.AuthTables;

/// <summary>Short constructors for the columns of Basalt's own tables, so each table file reads like its DDL.</summary>
internal static class SystemColumns
{
    public static ColumnSchema Uuid(string name, bool nullable = false, bool generated = false) =>
        new(name, new ColumnType(ColumnKind.Uuid)) { Nullable = nullable, Default = generated ? ColumnDefault.GenRandomUuid : null };

    public static ColumnSchema Identity(string name) => new(name, new ColumnType(ColumnKind.BigInt)) { Identity = true };

    public static ColumnSchema BigInt(string name, bool nullable = true) => new(name, new ColumnType(ColumnKind.BigInt)) { Nullable = nullable };

    public static ColumnSchema Integer(string name, int defaultValue) =>
        new(name, new ColumnType(ColumnKind.Integer)) { Default = ColumnDefault.Literal(defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    public static ColumnSchema Text(string name, bool nullable = true, int? maxLength = null, string? defaultText = null) =>
        new(name, new ColumnType(ColumnKind.Text))
        {
            Nullable = nullable,
            MaxLength = maxLength,
            Default = defaultText is null ? null : ColumnDefault.Literal(System.Text.Json.JsonSerializer.Serialize(defaultText)),
        };

    public static ColumnSchema Time(string name, bool nullable = true, bool now = false) =>
        new(name, new ColumnType(ColumnKind.TimestampTz)) { Nullable = nullable, Default = now ? ColumnDefault.Now : null };

    public static ColumnSchema Boolean(string name, bool defaultValue) =>
        new(name, new ColumnType(ColumnKind.Boolean)) { Default = ColumnDefault.Literal(defaultValue ? "true" : "false") };

    public static ColumnSchema Jsonb(string name, bool nullable = false, string? defaultJson = "{}") =>
        new(name, new ColumnType(ColumnKind.Jsonb)) { Nullable = nullable, Default = defaultJson is null ? null : ColumnDefault.Literal(defaultJson) };

    public static ForeignKey ToUsers(TableName table, string column = "user_id") =>
        new($"{table.Flat}_{column}_fkey", [column], UsersTable.Name, ["id"], ReferentialAction.Cascade);

    public static IndexSchema Index(TableName table, params string[] columns) =>
        new($"{table.Flat}_{string.Join("_", columns)}_idx", [.. columns.Select(c => new IndexColumn(c))]);
}
