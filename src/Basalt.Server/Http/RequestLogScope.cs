using System.Collections;

namespace Basalt.Server.Http;

/// <summary>The logging scope of one request: the JSON log writes it as <c>{"Message":"RequestId:…","RequestId":"…"}</c> in <c>Scopes</c>.</summary>
internal sealed class RequestLogScope(string requestId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] => index == 0
        ? new KeyValuePair<string, object?>("RequestId", requestId)
        : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"RequestId:{requestId}";
}
