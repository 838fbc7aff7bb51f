using System.Text;
using Basalt.Query.Request;

namespace Basalt.Rest.Tests.Robustness;

/// <summary>One generated request; <see cref="ToString"/> is what a failing sample prints.</summary>
public sealed record FuzzRequest(string Method, string Table, string Query, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    internal RawRequest ToRaw() => new(Method, Table, Query, new RequestHeaders(Headers), Body);

    public override string ToString() =>
        $"{Method} /{Table}?{Query}\n" + string.Concat(Headers.Select(h => $"{h.Key}: {(h.Value.Length > 60 ? h.Value[..60] + "…" : h.Value)}\n"))
        + Encoding.UTF8.GetString(Body);
}
