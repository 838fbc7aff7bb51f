using System.Text;
using Basalt.OpenApi.Relations;
using Basalt.Spec.Schema;
using Microsoft.OpenApi;

namespace Basalt.OpenApi.Schemas;

/// <summary>
/// The four schemas of a table, because what is required differs by use:
/// <list type="bullet">
/// <item><c>{table}</c>: a row as <c>select=*</c> returns it; every column present, identity columns read-only.</item>
/// <item><c>{table}.insert</c>: a POST row; required are the columns that are not nullable and have no default or identity.</item>
/// <item><c>{table}.update</c>: a PATCH body; every column optional.</item>
/// <item><c>{table}.replace</c>: a PUT body; every column required, as PostgREST's single-row upsert demands.</item>
/// </list>
/// Request schemas refuse unknown keys (the API answers PGRST204 for a column that does not exist).
/// </summary>
internal static class TableSchemas
{
    public static void AddTo(OpenApiDocument document, DatabaseSchema schema, TableSchema table)
    {
        var schemas = document.Components!.Schemas!;
        var name = table.Name.Name;
        schemas[SchemaNames.Row(table)] = Object(table, forResponse: true, Describe(schema, table),
            table.Columns.Select(c => c.Name));
        schemas[SchemaNames.Insert(table)] = Object(table, forResponse: false,
            $"A row to insert into {name} (POST). Columns left out get their default (identity, `now()`, a literal) or null.",
            table.Columns.Where(RequiredOnInsert).Select(c => c.Name));
        schemas[SchemaNames.Update(table)] = Object(table, forResponse: false,
            $"The columns to change in the {name} rows the filters select (PATCH).", []);
        schemas[SchemaNames.Replace(table)] = Object(table, forResponse: false,
            $"One whole {name} row, every column given (PUT): it is inserted, or replaces the row with the same primary key.",
            table.Columns.Select(c => c.Name));
    }

    /// <summary>Not nullable, no default and not generated: the database would refuse the row without it.</summary>
    public static bool RequiredOnInsert(ColumnSchema column) => !column.Nullable && column.Default is null && !column.Identity;

    /// <summary>The table's description in the spec, its key, and every embed its rows offer.</summary>
    public static string Describe(DatabaseSchema schema, TableSchema table)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(table.Description))
        {
            text.Append(table.Description.Trim()).Append("\n\n");
        }
        text.Append($"Primary key: ({string.Join(", ", table.PrimaryKey)}).");
        var embeds = EmbedCatalog.For(schema, table);
        if (embeds.Count > 0)
        {
            text.Append("\n\nRelations, embedded with `select=*,<spelling>(*)`:\n");
            foreach (var embed in embeds)
            {
                text.Append("\n- ").Append(embed);
            }
        }
        return text.ToString();
    }

    private static OpenApiSchema Object(TableSchema table, bool forResponse, string description, IEnumerable<string> required)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            properties[column.Name] = ColumnSchemas.For(table, column, forResponse);
        }
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Title = forResponse ? table.Name.Name : null,
            Description = description,
            Properties = properties,
            Required = new SortedSet<string>(required, StringComparer.Ordinal),
            // A row in a response may carry embedded tables; a request body may carry only columns.
            AdditionalPropertiesAllowed = forResponse,
        };
    }
}
