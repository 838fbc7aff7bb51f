namespace Basalt.Query.Request;

/// <summary>
/// An HTTP request to <c>/rest/v1/{table}</c> as the host received it: the method, the table name from the path
/// (already percent-decoded by the router), the raw query string (still percent-encoded, with or without the
/// leading <c>?</c>), the headers and the body bytes. The body's media type is the <c>Content-Type</c> header.
/// </summary>
public sealed record RawRequest(string Method, string Table, string QueryString, RequestHeaders Headers, ReadOnlyMemory<byte> Body)
{
    public RawRequest(string method, string table, string queryString)
        : this(method, table, queryString, RequestHeaders.Empty, ReadOnlyMemory<byte>.Empty) { }

    public string? ContentType => Headers.Get("Content-Type");
}
