using System.Data.Common;
using Basalt.Sql.Rendering;

namespace Basalt.Sql;

/// <summary>
/// A connection rented for one request. Its commands belong to it: an engine may hand back a statement an earlier
/// request already prepared on the same connection (SQLite), so callers run them and never dispose them. Disposing the
/// session returns the connection; <see cref="Discard"/> first when something failed on it, so it is closed instead.
/// </summary>
public interface IQuerySession : IAsyncDisposable
{
    DbConnection Connection { get; }

    /// <summary>A command with <paramref name="command"/>'s text and its arguments bound with the engine's types.</summary>
    DbCommand Command(SqlCommand command);

    /// <summary>Closes the connection on dispose rather than reusing it: nothing that failed is handed to the next request.</summary>
    void Discard();
}
