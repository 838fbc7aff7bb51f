using Basalt.Spec.Policies;
using Basalt.Spec.Schema;

namespace Basalt.Spec.Tests.Policies;

/// <summary>A small schema the policy tests parse against: posts with one column of every kind, comments, teams.</summary>
internal static class PolicyTestSchema
{
    public static TableName Posts { get; } = TableName.Public("posts");

    public static TableName Comments { get; } = TableName.Public("comments");

    public static TableName Members { get; } = TableName.Public("members");

    public static IReadOnlyList<string> Roles { get; } = ["anon", "authenticated", "service_role", "admin", "editor"];

    public static DatabaseSchema Database { get; } = new(
    [
        SystemTables.AuthUsers,
        new TableSchema(Posts,
        [
            Column("id", ColumnKind.BigInt),
            Column("author_id", ColumnKind.Uuid),
            Column("title", ColumnKind.Text),
            new ColumnSchema("status", new ColumnType(ColumnKind.Enum, EnumValues: ["draft", "published", "archived"])),
            Column("published", ColumnKind.Boolean),
            Column("score", ColumnKind.Integer),
            Column("price", ColumnKind.Numeric),
            Column("created_at", ColumnKind.TimestampTz),
            Column("day", ColumnKind.Date),
            Column("meta", ColumnKind.Jsonb),
            new ColumnSchema("tags", new ColumnType(ColumnKind.Text, IsArray: true)),
            Column("team_id", ColumnKind.Uuid),
        ]),
        new TableSchema(Comments,
        [
            Column("id", ColumnKind.BigInt),
            Column("post_id", ColumnKind.BigInt),
            Column("author_id", ColumnKind.Uuid),
            Column("body", ColumnKind.Text),
        ]),
        new TableSchema(Members,
        [
            Column("team_id", ColumnKind.Uuid),
            Column("user_id", ColumnKind.Uuid),
            Column("role", ColumnKind.Text),
        ]),
    ]);

    public static PolicyParseResult Parse(string text, TableName? table = null) => PolicyParser.Parse(text, table ?? Posts, Database);

    /// <summary>The tree of a valid policy of <paramref name="table"/> (posts by default); fails with the errors otherwise.</summary>
    public static PolicyCondition Tree(string text, TableName? table = null)
    {
        var result = Parse(text, table);
        Assert.True(result.Succeeded, $"expected '{text}' to parse, got: " + string.Join("; ", result.Errors));
        return result.Condition!;
    }

    /// <summary>The one error of <paramref name="text"/>: syntax and binding first, then validation.</summary>
    public static PolicyDiagnostic Error(string text, TableName? table = null)
    {
        var result = Parse(text, table);
        var errors = result.Condition is { } condition ? PolicyValidator.Validate(condition, Database, Roles) : result.Errors;
        return Assert.Single(errors);
    }

    public static PolicyColumn Col(string name, int scope = 0, TableName? table = null) => new(table ?? Posts, name, scope);

    public static PolicyLiteral Lit(object? value) => new(value);

    private static ColumnSchema Column(string name, ColumnKind kind) => new(name, new ColumnType(kind)) { Nullable = true };
}
