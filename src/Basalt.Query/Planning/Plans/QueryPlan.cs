using Basalt.Spec.Schema;

namespace Basalt.Query.Planning;

/// <summary>
/// What one REST request will do, with every name resolved against the schema and every value typed: a
/// <see cref="ReadPlan"/>, <see cref="InsertPlan"/>, <see cref="UpdatePlan"/> or <see cref="DeletePlan"/>.
/// Immutable; a dialect renders it as exactly one SQL command. It holds schema objects, never text the client typed
/// (identifiers), and values only as <see cref="SqlValue"/>s, which a dialect binds as parameters.
/// </summary>
public abstract record QueryPlan(TableSchema Table);
