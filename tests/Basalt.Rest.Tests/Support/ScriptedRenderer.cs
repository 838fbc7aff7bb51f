using System.Data.Common;
using Basalt.Query.Planning;
using Basalt.Sql.Rendering;

namespace Basalt.Rest.Tests.Support;

/// <summary>
/// A renderer that answers with SQL a test wrote by hand, so the executor and the responses can be tested against a
/// real database before (and independently of) the dialects' own renderers. Arguments bind by name with their CLR value.
/// </summary>
internal sealed class ScriptedRenderer(Func<QueryPlan, SqlCommand> render) : IQueryRenderer
{
    public int Rendered { get; private set; }

    public SqlCommand Render(QueryPlan plan)
    {
        Rendered++;
        return render(plan);
    }

    public DbCommand Prepare(DbConnection connection, SqlCommand command)
    {
        var prepared = connection.CreateCommand();
        prepared.CommandText = command.Text;
        foreach (var argument in command.Arguments)
        {
            var parameter = prepared.CreateParameter();
            parameter.ParameterName = argument.Name;
            parameter.Value = argument.Value.Value ?? DBNull.Value;
            prepared.Parameters.Add(parameter);
        }
        return prepared;
    }
}
