using System.Data.Common;

namespace Basalt.Sql;

/// <summary>One configured database: hands out open connections with Basalt's settings applied (pragmas, functions, pooling).</summary>
public interface IDatabase : IAsyncDisposable
{
    ISqlDialect Dialect { get; }

    /// <summary>Where it is, safe to print: a file path, or host/port/database without the password.</summary>
    string DisplayName { get; }

    /// <summary>A connection of the caller's own, set up with Basalt's settings: for migrations, tools and probes.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A connection for one request's command. An engine may keep these connections, and the statements prepared on
    /// them, from one request to the next; by default it is an ordinary connection from <see cref="OpenAsync"/>.
    /// </summary>
    async ValueTask<IQuerySession> OpenSessionAsync(CancellationToken cancellationToken = default) =>
        new ConnectionSession(await OpenAsync(cancellationToken), Dialect.Queries);
}
