namespace Basalt.Migrations.Tests.Scenarios;

/// <summary>Every kind of change the foundation issue lists, each one a row. Seeds and checks are SQL both engines accept.</summary>
public static class MigrationScenarios
{
    private const string Items = """
          items:
            columns:
              id:    { type: bigint, primary: true, generated: identity }
              title: { type: text }
              qty:   { type: integer, default: 0 }
              note:  { type: text, nullable: true }
        """ + "\n";

    private static readonly string[] ItemRows =
    [
        "INSERT INTO items (id, title, qty, note) VALUES (1, 'first', 5, 'a')",
        "INSERT INTO items (id, title, qty, note) VALUES (2, 'second', 9, 'b')",
    ];

    private const string SumQty = "SELECT sum(qty) FROM items";

    private static string Edit(string from, string to) => Items.Replace(from, to, StringComparison.Ordinal);

    public static IReadOnlyList<MigrationScenario> All { get; } =
    [
        new("add_table", Items, Items + """
              tags:
                columns:
                  id:      { type: bigint, primary: true, generated: identity }
                  item_id: { type: bigint, references: items, on_delete: cascade }
                  label:   { type: text, max_length: 40 }
            """, ItemRows, SumQty, "14"),
        new("drop_table", Items + """
              extras:
                columns:
                  id: { type: bigint, primary: true }
            """, Items, ItemRows, SumQty, "14"),
        new("add_column_with_default",
            Items, Items + """
                  rating:  { type: integer, default: 7 }
                  created: { type: timestamptz, default: now() }
                  flags:   { type: "text[]", default: [] }
            """, ItemRows, "SELECT sum(rating) FROM items", "14"),
        new("drop_column", Items, Edit("      note:  { type: text, nullable: true }\n", ""), ItemRows, SumQty, "14"),
        new("rename_column", Items, Edit("title: { type: text }", "headline: { type: text, renamed_from: title }"),
            ItemRows, "SELECT headline FROM items WHERE id = 2", "second"),
        new("widen_type", Items, Edit("qty:   { type: integer, default: 0 }", "qty:   { type: bigint, default: 0 }"), ItemRows, SumQty, "14"),
        new("narrow_type", Edit("qty:   { type: integer, default: 0 }", "qty:   { type: bigint, default: 0 }"), Items, ItemRows, SumQty, "14"),
        new("nullable_to_not_null", Items, Edit("note:  { type: text, nullable: true }", "note:  { type: text }"),
            ItemRows, "SELECT note FROM items WHERE id = 1", "a"),
        new("not_null_to_nullable", Items, Edit("title: { type: text }", "title: { type: text, nullable: true }"),
            ItemRows, "SELECT title FROM items WHERE id = 1", "first"),
        new("change_default", Items, Edit("default: 0", "default: 3"), ItemRows, SumQty, "14"),
        new("add_index", Items, Items + """
                indexes:
                  - { columns: [title, qty desc] }
            """, ItemRows, SumQty, "14"),
        new("drop_index", Items + """
                indexes:
                  - { columns: [qty] }
            """, Items, ItemRows, SumQty, "14"),
        new("add_unique", Items, Edit("title: { type: text }", "title: { type: text, unique: true }"), ItemRows, SumQty, "14"),
        new("drop_unique", Edit("title: { type: text }", "title: { type: text, unique: true }"), Items, ItemRows, SumQty, "14"),
        new("add_check", Items, Edit("title: { type: text }", "title: { type: text, max_length: 50, pattern: \"^[a-z]+$\" }")
            .Replace("qty:   { type: integer, default: 0 }", "qty:   { type: integer, default: 0, min: 0, check: \"qty < 1000\" }", StringComparison.Ordinal),
            ItemRows, SumQty, "14"),
        new("drop_check", Edit("qty:   { type: integer, default: 0 }", "qty:   { type: integer, default: 0, max: 100 }"), Items, ItemRows, SumQty, "14"),
        new("add_foreign_key", Owners + Edit("      note:  { type: text, nullable: true }\n", "      note:  { type: text, nullable: true }\n      owner_id: { type: bigint, nullable: true }\n"),
            Owners + Edit("      note:  { type: text, nullable: true }\n", "      note:  { type: text, nullable: true }\n      owner_id: { type: bigint, nullable: true, references: owners, on_delete: set null }\n"),
            ["INSERT INTO owners (id, name) VALUES (1, 'ann')", "INSERT INTO items (id, title, qty, owner_id) VALUES (1, 'first', 5, 1)", "INSERT INTO items (id, title, qty, owner_id) VALUES (2, 'second', 9, NULL)"],
            "SELECT owner_id FROM items WHERE id = 1", "1"),
        new("drop_foreign_key", Owners + Edit("      note:  { type: text, nullable: true }\n", "      note:  { type: text, nullable: true }\n      owner_id: { type: bigint, nullable: true, references: owners }\n"),
            Owners + Edit("      note:  { type: text, nullable: true }\n", "      note:  { type: text, nullable: true }\n      owner_id: { type: bigint, nullable: true }\n"),
            ["INSERT INTO owners (id, name) VALUES (1, 'ann')", "INSERT INTO items (id, title, qty, owner_id) VALUES (1, 'first', 5, 1)"],
            "SELECT owner_id FROM items WHERE id = 1", "1"),
        new("enum_values_added", Items + """
                  status: { type: enum, values: [draft, live], default: draft }
            """, Items + """
                  status: { type: enum, values: [draft, review, live, archived], default: draft }
            """, ItemRows, "SELECT count(*) FROM items WHERE status = 'draft'", "2"),
    ];

    private const string Owners = """
          owners:
            columns:
              id:   { type: bigint, primary: true }
              name: { type: text }
        """ + "\n";

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in All)
        {
            data.Add(scenario.Name);
        }
        return data;
    }
}
