using Basalt.Sql;
using Basalt.Spec.Schema;

namespace Basalt.Auth.Storage;

/// <summary>
/// The auth tables on one <see cref="IDatabase"/>, either engine. Every statement runs in a transaction
/// (<see cref="AuthTransaction"/>); table names come from the dialect's quoting, values are always parameters bound
/// by the dialect's own renderer, so a uuid, a time or a jsonb value is stored exactly as REST stores it.
/// </summary>
public sealed class AuthDatabase(IDatabase database)
{
    public ISqlDialect Dialect => database.Dialect;

    /// <summary>The quoted table: <c>"auth"."users"</c> on PostgreSQL, <c>"auth_users"</c> on SQLite.</summary>
    public string Table(TableName name) => database.Dialect.QuoteTable(name);

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns and rolled back when it throws.</summary>
    public async Task<T> InTransactionAsync<T>(Func<AuthTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(new AuthTransaction(this, connection, transaction, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
