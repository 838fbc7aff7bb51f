using System.Data.Common;
using System.Globalization;
using Basalt.Query.Planning;
using Basalt.Sql.Rendering;

namespace Basalt.Auth.Storage;

/// <summary>
/// One open transaction of <see cref="AuthDatabase"/>. SQL text names its values <c>@p0</c>, <c>@p1</c>… in the order
/// of the arguments; the text itself is constant and holds only table and column names.
/// </summary>
public sealed class AuthTransaction
{
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly CancellationToken cancellationToken;

    internal AuthTransaction(AuthDatabase database, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        Database = database;
        this.connection = connection;
        this.transaction = transaction;
        this.cancellationToken = cancellationToken;
    }

    public AuthDatabase Database { get; }

    public async Task<int> ExecuteAsync(string sql, params SqlValue[] arguments)
    {
        await using var command = Prepare(sql, arguments);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> read, params SqlValue[] arguments)
    {
        await using var command = Prepare(sql, arguments);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    public async Task<T?> QuerySingleAsync<T>(string sql, Func<DbDataReader, T> read, params SqlValue[] arguments) where T : class =>
        (await QueryAsync(sql, read, arguments)).FirstOrDefault();

    private DbCommand Prepare(string sql, SqlValue[] arguments)
    {
        var bound = arguments.Select((value, i) => new SqlArgument("@p" + i.ToString(CultureInfo.InvariantCulture), value)).ToList();
        var command = Database.Dialect.Queries.Prepare(connection, new SqlCommand(sql, bound, ResultShape.Document));
        command.Transaction = transaction;
        return command;
    }
}
