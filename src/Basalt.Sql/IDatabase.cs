using System.Data.Common;

namespace Basalt.Sql;

/// <summary>One configured database: hands out open connections with Basalt's settings applied (pragmas, functions, pooling).</summary>
public interface IDatabase : IAsyncDisposable
{
    ISqlDialect Dialect { get; }

    /// <summary>Where it is, safe to print: a file path, or host/port/database without the password.</summary>
    string DisplayName { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
