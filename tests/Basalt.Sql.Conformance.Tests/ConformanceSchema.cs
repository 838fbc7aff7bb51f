using Basalt.Spec.Schema;

namespace Basalt.Sql.Conformance.Tests;

/// <summary>
/// Tables whose SQL reads the same on both engines (all in the default schema, no time defaults), with one column
/// per kind of rule, seeded with one author, one book and one review, each with id 1.
/// </summary>
internal static class ConformanceSchema
{
    private static readonly TableName Authors = TableName.Public("authors");
    private static readonly TableName Books = TableName.Public("books");
    private static readonly TableName Reviews = TableName.Public("reviews");

    public static DatabaseSchema Schema { get; } = new(
    [
        new TableSchema(Authors,
        [
            Identity(),
            Column("name", ColumnKind.Text),
            Column("handle", ColumnKind.Text) with { Nullable = true, Pattern = "^[a-z]+$" },
        ])
        {
            PrimaryKey = ["id"],
            Uniques = [new UniqueConstraint("authors_name_key", ["name"])],
        },
        new TableSchema(Books,
        [
            Identity(),
            Column("author_id", ColumnKind.BigInt),
            Column("title", ColumnKind.Text) with { MinLength = 1, MaxLength = 20 },
            Column("copies", ColumnKind.Integer) with { Nullable = true },
            Column("pages", ColumnKind.Integer) with { Nullable = true, Min = 1, Max = 5000 },
            Column("rating", ColumnKind.Integer) with { Nullable = true, Check = "rating % 2 = 0" },
            new ColumnSchema("status", new ColumnType(ColumnKind.Enum, EnumValues: ["draft", "published"])) { Default = ColumnDefault.Literal("\"draft\"") },
            Column("code", ColumnKind.Uuid) with { Nullable = true },
            Column("released", ColumnKind.Date) with { Nullable = true },
            Column("meta", ColumnKind.Jsonb) with { Nullable = true },
            Column("small", ColumnKind.SmallInt) with { Nullable = true },
            new ColumnSchema("price", new ColumnType(ColumnKind.Numeric, Precision: 6, Scale: 2)) { Nullable = true },
            Column("flag", ColumnKind.Boolean) with { Nullable = true },
            new ColumnSchema("tags", new ColumnType(ColumnKind.Text, IsArray: true)) { Nullable = true },
        ])
        {
            PrimaryKey = ["id"],
            Uniques = [new UniqueConstraint("books_author_id_title_key", ["author_id", "title"])],
            ForeignKeys = [new ForeignKey("books_author_id_fkey", ["author_id"], Authors, ["id"])],
        },
        new TableSchema(Reviews, [Identity(), Column("book_id", ColumnKind.BigInt), Column("body", ColumnKind.Text)])
        {
            PrimaryKey = ["id"],
            ForeignKeys = [new ForeignKey("reviews_book_id_fkey", ["book_id"], Books, ["id"], ReferentialAction.Restrict)],
        },
    ]);

    /// <summary>Ids come from the identity columns, so PostgreSQL's sequences stay ahead of them.</summary>
    public static IReadOnlyList<string> Seed { get; } =
    [
        "INSERT INTO authors (name) VALUES ('ann')",
        "INSERT INTO books (author_id, title) VALUES (1, 'First')",
        "INSERT INTO reviews (book_id, body) VALUES (1, 'Good')",
    ];

    private static ColumnSchema Identity() => Column("id", ColumnKind.BigInt) with { Identity = true };

    private static ColumnSchema Column(string name, ColumnKind kind) => new(name, new ColumnType(kind));
}
