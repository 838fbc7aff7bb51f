namespace Basalt.Query.Request;

/// <summary>
/// The request's headers with case-insensitive names. A header sent several times keeps every value in order
/// (<c>Prefer</c> may be repeated); <see cref="Get"/> returns the first.
/// </summary>
public sealed class RequestHeaders
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public RequestHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        foreach (var (name, value) in headers)
        {
            if (!_values.TryGetValue(name, out var list))
            {
                _values[name] = list = [];
            }
            list.Add(value);
        }
    }

    public static RequestHeaders Empty { get; } = new([]);

    public string? Get(string name) => _values.TryGetValue(name, out var list) ? list[0] : null;

    public IReadOnlyList<string> GetAll(string name) => _values.TryGetValue(name, out var list) ? list : [];
}
