using System.Text;

namespace Basalt.Rest.Responses;

/// <summary>
/// What <see cref="RestHandler"/> answers, for the host to copy onto HTTP: the status, the headers in order, and the
/// body (null for none). The host writes the body with <see cref="WriteBodyAsync"/> and must dispose the response,
/// which releases a database connection a streamed body still holds. <see cref="Failure"/> is an exception the host
/// should log (its answer is a generic 5xx body that never shows it).
/// </summary>
public sealed class RestResponse : IAsyncDisposable
{
    private readonly List<KeyValuePair<string, string>> headers;

    internal RestResponse(int status, IEnumerable<KeyValuePair<string, string>> headers, RestBody? body)
    {
        Status = status;
        this.headers = [.. headers];
        Body = body;
    }

    public int Status { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers => headers;

    public RestBody? Body { get; }

    public Exception? Failure { get; internal init; }

    /// <summary>How many SQL commands the request ran (also in the <c>X-Basalt-Sql-Commands</c> header).</summary>
    public int SqlCommands { get; internal set; }

    /// <summary>The first value of a header, or null.</summary>
    public string? Header(string name) =>
        headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    internal void AddHeader(string name, string value) => headers.Add(new(name, value));

    public Task WriteBodyAsync(Stream destination, CancellationToken cancellationToken = default) =>
        Body is null ? Task.CompletedTask : Body.WriteToAsync(destination, cancellationToken);

    /// <summary>The body as text; for tests and logs (a streamed body can be read once).</summary>
    public async Task<string> ReadBodyAsStringAsync(CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await WriteBodyAsync(buffer, cancellationToken);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public ValueTask DisposeAsync() => Body?.DisposeAsync() ?? ValueTask.CompletedTask;
}
