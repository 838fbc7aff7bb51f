using System.Data.Common;
using Basalt.Query.Planning;

namespace Basalt.Sql.Rendering;

/// <summary>
/// Turns a plan into the one SQL command that answers the request, and binds that command to a connection. The
/// database builds the whole response body (rows, embeds, counts) so the executor only streams it.
/// </summary>
public interface IQueryRenderer
{
    SqlCommand Render(QueryPlan plan);

    /// <summary>A command on <paramref name="connection"/> with <paramref name="command"/>'s text and its arguments bound with the engine's types.</summary>
    DbCommand Prepare(DbConnection connection, SqlCommand command);
}
