namespace Basalt.Query.Planning;

/// <summary>
/// One key of a result object: <see cref="ColumnOutput"/>, <see cref="AggregateOutput"/> or <see cref="EmbedOutput"/>.
/// <see cref="Key"/> is the JSON key: the alias, else PostgREST's default name (the column, the last JSON path key,
/// the aggregate function, the embed's relation).
/// </summary>
public abstract record OutputItem(string Key);
