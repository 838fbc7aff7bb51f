using Basalt.Query.Request.Parsing;

namespace Basalt.Query.Request;

/// <summary>
/// The first stage of the REST pipeline: turns one HTTP request to <c>/rest/v1/{table}</c> into an
/// <see cref="ApiRequest"/> using PostgREST's URL grammar, headers and error codes, knowing nothing of the schema
/// and producing no SQL. It never throws on what a client sends: every problem is a <see cref="RequestError"/>.
/// Checks run in a fixed order — method, query string, range, Prefer, Accept, body — and the first failure is
/// returned.
/// </summary>
public static class RequestParser
{
    public static ParseResult Parse(RawRequest raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var method = raw.Method.ToUpperInvariant();
        RequestKind kind;
        switch (method)
        {
            case "GET" or "HEAD": kind = RequestKind.Read; break;
            case "POST": kind = RequestKind.Insert; break;
            case "PATCH": kind = RequestKind.Update; break;
            case "PUT": kind = RequestKind.Upsert; break;
            case "DELETE": kind = RequestKind.Delete; break;
            case "OPTIONS": kind = RequestKind.Info; break;
            default: return ParseResult.Fail(RequestErrors.UnsupportedMethod(raw.Method));
        }
        var queryString = raw.QueryString ?? "";
        if (queryString.Length > RequestLimits.MaxQueryStringLength)
        {
            return ParseResult.Fail(RequestErrors.QueryTooLong(queryString.Length));
        }
        if (QueryParamsParser.Parse(QueryStringDecoder.Decode(queryString), out var error) is not { } query)
        {
            return ParseResult.Fail(error!);
        }
        var headers = raw.Headers ?? RequestHeaders.Empty;
        if (!PageCalculator.TryCompute(method, headers, query.Scopes, out var range, out var page, out error))
        {
            return ParseResult.Fail(error!);
        }
        var preferences = PreferParser.Parse(headers.GetAll("Prefer"));
        if (preferences.Handling == PreferHandling.Strict && preferences.Invalid.Count > 0)
        {
            return ParseResult.Fail(RequestErrors.InvalidPreferences(preferences.Invalid));
        }
        var representation = Representation.Json;
        if (kind != RequestKind.Info && !AcceptParser.TryNegotiate(headers.Get("Accept"), out representation, out error))
        {
            return ParseResult.Fail(error!);
        }
        if (!BodyParser.TryParse(method, raw.ContentType, raw.Body, query.Columns is not null, out var body, out error))
        {
            return ParseResult.Fail(error!);
        }
        return ParseResult.Ok(new ApiRequest(kind, method == "HEAD", raw.Table, query.Select, query.Scopes, query.Columns,
            query.OnConflict, preferences, range, page, representation, body));
    }
}
