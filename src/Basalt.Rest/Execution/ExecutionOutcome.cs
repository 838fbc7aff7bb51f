using System.Diagnostics.CodeAnalysis;
using Basalt.Rest.Errors;

namespace Basalt.Rest.Execution;

/// <summary>
/// What <see cref="QueryExecutor"/> returns: the result, or the error to answer with (a translated database error, or a
/// refusal after the command ran, such as PGRST116 or PGRST124, whose changes were rolled back). <see cref="Failure"/>
/// is an exception to log when the error hides one.
/// </summary>
internal sealed record ExecutionOutcome(QueryResult? Result, RestError? Error, Exception? Failure)
{
    [MemberNotNullWhen(true, nameof(Result))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Result is not null;
}
