namespace Basalt.Rest.Execution;

/// <summary>
/// What the executor enforces around the command besides the plan: <see cref="Singular"/> (<c>Accept:
/// application/vnd.pgrst.object+json</c>: a write affecting other than one row is rolled back with PGRST116) and
/// <see cref="Stream"/> (a read's body may stay on the reader for the response to stream; otherwise it is read whole),
/// and whether the caller is <see cref="Authenticated"/> (42501 is 401 for the anonymous role, 403 otherwise).
/// </summary>
internal sealed record ExecutionOptions(bool Singular, bool Stream, bool Authenticated);
