using Basalt.Spec.Schema;

namespace Basalt.Rest.Tests.Support;

/// <summary>
/// One small table for the executor's scenarios: <c>items(id bigint identity primary key, name text unique, qty integer
/// null)</c>, seeded with three rows (ids 1–3: ann 1, bob null, cy 3).
/// </summary>
internal static class ItemsSchema
{
    public static TableSchema Items { get; } = new(TableName.Public("items"),
    [
        new ColumnSchema("id", new ColumnType(ColumnKind.BigInt)) { Identity = true },
        new ColumnSchema("name", new ColumnType(ColumnKind.Text)),
        new ColumnSchema("qty", new ColumnType(ColumnKind.Integer)) { Nullable = true },
    ])
    {
        PrimaryKey = ["id"],
        Uniques = [new UniqueConstraint("items_name_key", ["name"])],
    };

    public static DatabaseSchema Schema { get; } = new([Items]);

    public static IReadOnlyList<string> Seed { get; } =
    [
        "INSERT INTO items (name, qty) VALUES ('ann', 1)",
        "INSERT INTO items (name, qty) VALUES ('bob', NULL)",
        "INSERT INTO items (name, qty) VALUES ('cy', 3)",
    ];
}
