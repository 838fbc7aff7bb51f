using System.Text;
using Basalt.Query.Request;

namespace Basalt.Query.Tests;

/// <summary>Builds raw requests from URLs as a client would send them, and renders results on one line.</summary>
internal static class Requests
{
    public static ParseResult Parse(string url, string method = "GET", string? body = null, params (string Name, string Value)[] headers)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? url : url[..question];
        var query = question < 0 ? "" : url[(question + 1)..];
        var table = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
        var all = headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value));
        var bytes = body is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(body);
        return RequestParser.Parse(new RawRequest(method, table, query, new RequestHeaders(all), bytes));
    }

    public static ApiRequest Ok(string url, string method = "GET", string? body = null, params (string Name, string Value)[] headers)
    {
        var result = Parse(url, method, body, headers);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Request;
    }

    public static RequestError Fail(string url, string method = "GET", string? body = null, params (string Name, string Value)[] headers)
    {
        var result = Parse(url, method, body, headers);
        Assert.False(result.Succeeded, result.Request?.ToString());
        Assert.True(RequestErrorCatalogue.Contains(result.Error.Code, result.Error.Status), result.Error.ToString());
        return result.Error;
    }

    /// <summary>The request's debug rendering with " | " between lines.</summary>
    public static string Render(string url, string method = "GET", string? body = null, params (string Name, string Value)[] headers) =>
        Ok(url, method, body, headers).ToString().Replace("\n", " | ", StringComparison.Ordinal);

    /// <summary>The rendering of the root filters only.</summary>
    public static string Where(string url) => string.Join(" and ", Ok(url).Root.Filters);

    public static string Select(string url) => string.Join(",", Ok(url).Select);
}
