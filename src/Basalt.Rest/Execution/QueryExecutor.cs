using System.Data.Common;
using System.Runtime.CompilerServices;
using Basalt.Query.Planning;
using Basalt.Rest.Diagnostics;
using Basalt.Rest.Errors;
using Basalt.Spec.Schema;
using Basalt.Sql;
using Basalt.Sql.Rendering;

namespace Basalt.Rest.Execution;

/// <summary>
/// Runs the one command of a request, exactly once. A read runs on its own and may leave its body on the reader for
/// the response to stream. A write runs in a transaction that is rolled back when <c>Prefer: tx=rollback</c> asks, when
/// <c>max-affected</c> is exceeded (PGRST124), when a written row fails the policies' check (42501), or when a single object was asked for and another number of rows was
/// affected (PGRST116); otherwise it commits before anything is answered. A database error is translated by the
/// dialect to PostgreSQL's code and wording; one the dialect cannot translate is rethrown for the handler's 500.
/// </summary>
internal sealed class QueryExecutor(IDatabase database, DatabaseSchema schema)
{
    /// <param name="sent">Counts the commands sent, even when one fails and the failure is rethrown.</param>
    public async Task<ExecutionOutcome> ExecuteAsync(QueryPlan plan, SqlCommand command, ExecutionOptions options, StrongBox<int> sent, CancellationToken cancellationToken)
    {
        IQuerySession session;
        try
        {
            session = await database.OpenSessionAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return database.Dialect.TranslateError(exception, schema) is { } translated
                ? new ExecutionOutcome(null, RestErrors.From(translated, options.Authenticated), null)
                : new ExecutionOutcome(null, RestErrors.DatabaseUnavailable, exception);
        }
        var lease = new DatabaseLease(session);
        try
        {
            if (plan is MutationPlan)
            {
                lease.Transaction = await session.Connection.BeginTransactionAsync(cancellationToken);
            }
            var prepared = session.Command(command);
            prepared.Transaction = lease.Transaction;
            sent.Value++;
            RestMetrics.CountCommand(plan);
            var reader = await prepared.ExecuteReaderAsync(cancellationToken);
            lease.Reader = reader;
            if (plan is MutationPlan write)
            {
                return await FinishWriteAsync(write, command.Shape, lease, options, cancellationToken);
            }
            var result = command.Shape == ResultShape.RowPerItem
                ? await ResultReader.ReadItemsAsync(reader, cancellationToken)
                : await ResultReader.ReadDocumentAsync(reader, options.Stream ? lease : null, cancellationToken);
            if (result.Body is null || !options.Stream || command.Shape == ResultShape.RowPerItem)
            {
                await lease.DisposeAsync();
            }
            return new ExecutionOutcome(result, null, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            lease.Discard();
            await lease.DisposeAsync();
            var translated = database.Dialect.TranslateError(exception, schema);
            if (translated is null)
            {
                throw;
            }
            return new ExecutionOutcome(null, RestErrors.From(translated, options.Authenticated), null);
        }
        catch
        {
            lease.Discard();
            await lease.DisposeAsync();
            throw;
        }
    }

    private static async Task<ExecutionOutcome> FinishWriteAsync(
        MutationPlan plan, ResultShape shape, DatabaseLease lease, ExecutionOptions options, CancellationToken cancellationToken)
    {
        var reader = lease.Reader!;
        var result = shape == ResultShape.RowPerItem
            ? await ResultReader.ReadItemsAsync(reader, cancellationToken)
            : await ResultReader.ReadDocumentAsync(reader, null, cancellationToken);
        // The reader must be closed before the transaction ends; the body is already text.
        await reader.DisposeAsync();
        lease.Reader = null;
        // A merging upsert affects every row it sends (inserted or updated) unless the policies kept an existing row from being updated.
        var guardedUpsert = plan is InsertPlan { Conflict: { Merge: true, Where: not null } } upsert && result.Rows < upsert.Rows.Count;
        var refusal = result.Denied > 0 || guardedUpsert ? RestErrors.PolicyViolated(plan.Table.Name.Name, options.Authenticated)
            : options.Singular && result.Rows != 1 ? RestErrors.NotSingular(result.Rows)
            : plan.MaxAffected is { } max && result.Rows > max ? RestErrors.MaxAffectedExceeded(result.Rows)
            : null;
        // Not cancellable: a client that goes away during the commit must not leave its outcome in doubt.
        var transaction = lease.Transaction!;
        if (refusal is not null || plan.Rollback)
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        else
        {
            await transaction.CommitAsync(CancellationToken.None);
        }
        await lease.DisposeAsync();
        return refusal is null ? new ExecutionOutcome(result, null, null) : new ExecutionOutcome(null, refusal, null);
    }
}
