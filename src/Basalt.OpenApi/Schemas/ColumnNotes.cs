using System.Text;
using Basalt.Spec.Schema;

namespace Basalt.OpenApi.Schemas;

/// <summary>
/// The description of a column: the spec's own text, then what JSON Schema cannot say — keys, the relation a
/// foreign key follows, a default computed at insert time, a CHECK expression, a numeric's digits, the text form
/// of values that are not plain JSON.
/// </summary>
internal static class ColumnNotes
{
    public static string? Describe(TableSchema table, ColumnSchema column)
    {
        var notes = new List<string>();
        if (!string.IsNullOrWhiteSpace(column.Description))
        {
            notes.Add(column.Description.Trim());
        }
        if (table.IsPrimaryKey(column.Name))
        {
            notes.Add(table.PrimaryKey.Count == 1 ? "Primary key." : $"Part of the primary key ({string.Join(", ", table.PrimaryKey)}).");
        }
        foreach (var unique in table.Uniques.Where(u => u.Columns.Contains(column.Name)))
        {
            notes.Add(unique.Columns.Count == 1 ? "Unique." : $"Unique together with the other columns of ({string.Join(", ", unique.Columns)}).");
        }
        foreach (var key in table.ForeignKeys.Where(k => k.Columns.Contains(column.Name)))
        {
            notes.Add(ForeignKeyNote(key, column.Name));
        }
        if (column.Identity)
        {
            notes.Add("Generated (identity) when not given; an explicit value is accepted.");
        }
        if (column.Default is { Kind: not DefaultKind.Literal } computed)
        {
            notes.Add($"Default: `{computed}` ({DefaultMeaning(computed.Kind)}).");
        }
        if (column.Check is { } check)
        {
            notes.Add($"Check: `{check}`.");
        }
        if (TypeNote(column.Type) is { } typeNote)
        {
            notes.Add(typeNote);
        }
        if (column.Sensitive)
        {
            notes.Add("Sensitive: encrypted at rest and never logged.");
        }
        return notes.Count == 0 ? null : string.Join(" ", notes);
    }

    private static string ForeignKeyNote(ForeignKey key, string column)
    {
        var index = key.Columns.ToList().IndexOf(column);
        var target = $"{key.RefTable}.{key.RefColumns[index]}";
        var text = new StringBuilder($"Foreign key to `{target}`");
        if (key.Columns.Count > 1)
        {
            text.Append($" (with {string.Join(", ", key.Columns.Where(c => c != column))})");
        }
        text.Append($", constraint `{key.Name}`");
        if (key.OnDelete != ReferentialAction.NoAction)
        {
            text.Append($"; on delete: {OnDelete(key.OnDelete)}");
        }
        return text.Append('.').ToString();
    }

    private static string OnDelete(ReferentialAction action) => action switch
    {
        ReferentialAction.Cascade => "cascade",
        ReferentialAction.Restrict => "restrict",
        ReferentialAction.SetNull => "set null",
        ReferentialAction.SetDefault => "set default",
        _ => "no action",
    };

    private static string DefaultMeaning(DefaultKind kind) => kind switch
    {
        DefaultKind.Now => "the time of the insert",
        DefaultKind.AuthUid => "the id of the signed-in user",
        DefaultKind.GenRandomUuid => "a random UUID",
        _ => "a constant",
    };

    private static string? TypeNote(ColumnType type)
    {
        var element = type.IsArray ? "Each element: " : "";
        var note = type.Kind switch
        {
            ColumnKind.Numeric when type.Precision is { } precision =>
                $"numeric({precision}{(type.Scale is { } s ? $",{s}" : "")}): at most {precision} digits, {type.Scale ?? 0} after the point.",
            ColumnKind.Time => "A time of day without a time zone, e.g. `16:00:00`.",
            ColumnKind.Timestamp => "A date and time without a time zone, e.g. `2026-11-23T16:00:00`.",
            ColumnKind.Bytea => "Bytes as PostgreSQL's hex text, e.g. `\\x0aff`.",
            ColumnKind.Json or ColumnKind.Jsonb => "Any JSON value.",
            _ => null,
        };
        return note is null ? null : element + note;
    }
}
