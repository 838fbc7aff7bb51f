using Basalt.Query.Request;
using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// POST (and PUT): <see cref="Rows"/> hold one <see cref="SqlValue"/> per column of <see cref="Columns"/>, or null where
/// the column's default applies (<c>Prefer: missing=default</c> and a key the row lacks). One statement inserts every
/// row; one failing row fails all. <see cref="Conflict"/> makes it an upsert. <see cref="Rows"/> may be empty (a body
/// <c>[]</c> inserts nothing and affects no rows) and <see cref="Columns"/> may be empty (a body <c>{}</c> inserts one row
/// of defaults). A null entry for a column without a default is NULL, as PostgreSQL's DEFAULT is.
/// </summary>
public sealed record InsertPlan(
    TableSchema Table,
    IReadOnlyList<ColumnSchema> Columns,
    IReadOnlyList<IReadOnlyList<SqlValue?>> Rows,
    ConflictPlan? Conflict,
    ReturningPlan Returning,
    long? MaxAffected,
    bool Rollback) : MutationPlan(Table, Returning, MaxAffected, Rollback);
