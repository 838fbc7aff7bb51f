using System.Text;
using Basalt.Sql;
using Basalt.Sql.Ddl;

namespace Basalt.Migrations.Planning;

/// <summary>Renders one direction of a migration as a reviewable SQL file: a header with the plan in words, then the statements.</summary>
internal static class MigrationScriptWriter
{
    public static string Write(
        string id, string direction, ISqlDialect dialect, IReadOnlyList<SchemaOperation> operations,
        IReadOnlyList<string> steps, IReadOnlyList<string> caveats)
    {
        var text = new StringBuilder();
        text.Append($"-- {id} ({direction}) for {dialect.Provider.ToString().ToLowerInvariant()}, written by basalt migrate plan.\n");
        text.Append("-- Review it like code. Once applied it must not be edited: plan a new migration instead.\n");
        text.Append("--\n");
        foreach (var step in steps)
        {
            text.Append("--   ").Append(step).Append('\n');
        }
        foreach (var caveat in caveats)
        {
            text.Append("-- NOTE: ").Append(caveat).Append('\n');
        }
        text.Append('\n');
        foreach (var statement in dialect.RenderMigration(operations))
        {
            text.Append(statement.TrimEnd()).Append(";\n\n");
        }
        return text.ToString();
    }
}
