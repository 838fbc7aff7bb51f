namespace Basalt.Sql.Sqlite.Errors;

/// <summary>
/// The SQLite result codes the translator reads (https://www.sqlite.org/rescode.html). An extended code is its
/// primary code plus a detail in the high byte, so <c>SQLITE_CONSTRAINT_UNIQUE</c> is <c>19 | 8 &lt;&lt; 8</c>.
/// </summary>
internal static class SqliteResultCodes
{
    public const int Error = 1;
    public const int Constraint = 19;
    public const int Mismatch = 20;

    public const int ConstraintCheck = Constraint | (1 << 8);
    public const int ConstraintForeignKey = Constraint | (3 << 8);
    public const int ConstraintNotNull = Constraint | (5 << 8);
    public const int ConstraintPrimaryKey = Constraint | (6 << 8);
    /// <summary>Also what a foreign key's RESTRICT action raises, with the foreign key's message.</summary>
    public const int ConstraintTrigger = Constraint | (7 << 8);
    public const int ConstraintUnique = Constraint | (8 << 8);
    /// <summary>A STRICT table refused a value of the wrong storage class.</summary>
    public const int ConstraintDataType = Constraint | (12 << 8);
}
