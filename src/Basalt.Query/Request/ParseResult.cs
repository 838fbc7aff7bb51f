using System.Diagnostics.CodeAnalysis;

namespace Basalt.Query.Request;

/// <summary>What <see cref="RequestParser.Parse"/> returns: either the request or the error, never both.</summary>
public sealed record ParseResult
{
    private ParseResult(ApiRequest? request, RequestError? error)
    {
        Request = request;
        Error = error;
    }

    public ApiRequest? Request { get; }

    public RequestError? Error { get; }

    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Request is not null;

    public static ParseResult Ok(ApiRequest request) => new(request, null);

    public static ParseResult Fail(RequestError error) => new(null, error);

    public override string ToString() => Succeeded ? Request.ToString() : Error.ToString();
}
