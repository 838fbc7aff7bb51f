using System.Text.Json.Nodes;

namespace Basalt.Sql.Rendering.Tests.Support;

/// <summary>
/// What one engine answered, assembled as the executor will: the body (the JSON array of objects, or null), the
/// number of rows, the total and the keys. A <see cref="ResultShape.RowPerItem"/> answer is folded into the same form.
/// </summary>
public sealed record EngineResult(string Engine, JsonNode? Body, long Rows, long? Total, JsonNode? Keys, string Sql)
{
    public JsonArray Array => Body as JsonArray ?? throw new Xunit.Sdk.XunitException($"{Engine}: the body is not an array: {Body?.ToJsonString() ?? "null"}\n{Sql}");

    /// <summary>Everything but the SQL, in a canonical form (sorted keys, numbers by value) two engines can be compared by.</summary>
    public string Canonical => $"body={CanonicalJson.Of(Body)} rows={Rows} total={Total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"} keys={CanonicalJson.Of(Keys)}";
}
