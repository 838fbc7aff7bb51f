using System.Text.Json;
using System.Text.Json.Nodes;
using Basalt.Rest.Responses;

namespace Basalt.Rest.Tests.Support;

/// <summary>A response read whole: status, headers and body text, with the body's JSON normalised for comparison across engines.</summary>
internal sealed record Answer(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    public static async Task<Answer> ReadAsync(RestResponse response)
    {
        await using (response)
        {
            return new Answer(response.Status, response.Headers, await response.ReadBodyAsStringAsync());
        }
    }

    public string? Header(string name) => Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The body as compact JSON (PostgreSQL's json_agg puts spaces and newlines between items; SQLite does not).</summary>
    public string Json => Normalize(Body);

    public JsonElement Error => JsonDocument.Parse(Body).RootElement;

    public static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString();
}
