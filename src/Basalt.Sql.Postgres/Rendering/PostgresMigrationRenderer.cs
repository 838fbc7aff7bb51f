using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Sql.Postgres.Rendering;

/// <summary>
/// Renders a migration's operations into statements in three phases, so neither the order of the operations nor
/// cycles between tables matter: (1) drop every foreign key that is going away or whose table is being dropped;
/// (2) create, alter and drop the tables; (3) add every new foreign key. Nothing is dropped with CASCADE, which
/// would silently take constraints of tables that are kept.
/// </summary>
internal static class PostgresMigrationRenderer
{
    public const string AuthSchema = "auth";

    /// <summary>
    /// Supabase's convention for the caller's id: the REST layer sets <c>request.jwt.claim.sub</c> per request, and
    /// defaults and policies read it through <c>auth.uid()</c>.
    /// </summary>
    public const string AuthUidFunction =
        "CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$";

    public static IReadOnlyList<string> Render(IReadOnlyList<SchemaOperation> operations)
    {
        foreach (var operation in operations)
        {
            if (operation is not (CreateTable or DropTable or AlterTable))
            {
                throw new NotSupportedException($"PostgreSQL cannot render a {operation.GetType().Name}");
            }
        }
        var statements = new List<string>(Preamble(operations));

        foreach (var drop in operations.OfType<DropTable>())
        {
            statements.AddRange(drop.Schema.ForeignKeys.Where(k => k.RefTable != drop.Table)
                .Select(k => PostgresTableRenderer.DropConstraint(drop.Table, k.Name)));
        }
        foreach (var alter in operations.OfType<AlterTable>())
        {
            statements.AddRange(alter.Changes.OfType<DropForeignKey>().Select(d => PostgresTableRenderer.DropConstraint(alter.Table, d.Key.Name)));
        }

        foreach (var operation in operations)
        {
            statements.AddRange(operation switch
            {
                CreateTable create => PostgresTableRenderer.Create(create.Schema),
                DropTable drop => PostgresTableRenderer.Drop(drop.Schema),
                AlterTable alter => PostgresAlterTableRenderer.Render(alter),
                _ => [],
            });
        }

        foreach (var create in operations.OfType<CreateTable>())
        {
            statements.AddRange(create.Schema.ForeignKeys.Select(k => PostgresTableRenderer.AddForeignKey(create.Table, k)));
        }
        foreach (var alter in operations.OfType<AlterTable>())
        {
            statements.AddRange(alter.Changes.OfType<AddForeignKey>().Select(a => PostgresTableRenderer.AddForeignKey(alter.Table, a.Key)));
        }
        return statements;
    }

    /// <summary>Schemas of new tables, and the <c>auth</c> schema with <c>auth.uid()</c> when anything needs them.</summary>
    private static IEnumerable<string> Preamble(IReadOnlyList<SchemaOperation> operations)
    {
        var created = operations.OfType<CreateTable>().Select(c => c.Schema).ToArray();
        var newColumns = created.SelectMany(t => t.Columns)
            .Concat(operations.OfType<AlterTable>().SelectMany(a => a.Changes).SelectMany(c => c switch
            {
                AddColumn add => [add.Column],
                AlterColumn alter => new[] { alter.After },
                _ => [],
            }));
        var needsAuth = created.Any(t => t.Name.Schema == AuthSchema) || newColumns.Any(c => c.Default?.Kind == DefaultKind.AuthUid);
        var schemas = created.Select(t => t.Name.Schema).OfType<string>().ToHashSet();
        if (needsAuth)
        {
            schemas.Add(AuthSchema);
        }
        foreach (var schema in schemas.Order(StringComparer.Ordinal))
        {
            yield return $"CREATE SCHEMA IF NOT EXISTS {PostgresSql.Quote(schema)}";
        }
        if (needsAuth)
        {
            yield return AuthUidFunction;
        }
    }
}
