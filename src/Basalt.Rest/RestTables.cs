using Basalt.Spec.Schema;

namespace Basalt.Rest;

/// <summary>The tables <c>/rest/v1</c> serves: the spec's own, by their plain name; Basalt's system tables never.</summary>
public static class RestTables
{
    public static TableSchema? Find(DatabaseSchema schema, string name) =>
        schema.UserTables.FirstOrDefault(t => t.Name.Schema is null && t.Name.Name == name);

    public static IEnumerable<string> Names(DatabaseSchema schema) =>
        schema.UserTables.Where(t => t.Name.Schema is null).Select(t => t.Name.Name);
}
