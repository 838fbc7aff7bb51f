namespace Basalt.Sql.Rendering.Tests.Support;

/// <summary>A rendered command the engine refused, with its SQL and arguments in the message.</summary>
public sealed class PlanFailedException(string engine, SqlCommand command, Exception inner)
    : Exception($"{engine} failed: {inner.Message}\n{command}", inner);
