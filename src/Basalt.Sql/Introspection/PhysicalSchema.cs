namespace Basalt.Sql.Introspection;

/// <summary>
/// A database's shape as the engine reports it, normalised by the dialect so that the expected shape of a spec
/// and the introspected shape of a live database compare field by field. Tables, indexes, foreign keys, checks
/// and enums are matched by name; each dialect names both sides the same way.
/// </summary>
public sealed record PhysicalSchema(IReadOnlyList<PhysicalTable> Tables, IReadOnlyList<PhysicalEnum> Enums);

public sealed record PhysicalTable(
    string Name,
    IReadOnlyList<PhysicalColumn> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<PhysicalIndex> Indexes,
    IReadOnlyList<PhysicalForeignKey> ForeignKeys,
    IReadOnlyList<PhysicalCheck> Checks);

/// <param name="StoreType">The engine's type name, lower case (<c>integer</c>, <c>text</c>, <c>timestamp with time zone</c>).</param>
/// <param name="Default">The default expression as the engine stores it, or null; dialects may normalise it.</param>
public sealed record PhysicalColumn(string Name, string StoreType, bool NotNull, string? Default);

/// <param name="Columns">Column names, with <c> desc</c> appended for descending keys.</param>
public sealed record PhysicalIndex(string Name, IReadOnlyList<string> Columns, bool Unique);

public sealed record PhysicalForeignKey(string Name, IReadOnlyList<string> Columns, string RefTable, IReadOnlyList<string> RefColumns, string OnDelete);

/// <param name="Expression">The check's text as normalised by the dialect, or null where the engine cannot report it comparably.</param>
public sealed record PhysicalCheck(string Name, string? Expression);

public sealed record PhysicalEnum(string Name, IReadOnlyList<string> Values);
