namespace Basalt.Sql.Errors;

/// <summary>
/// The PostgreSQL SQLSTATEs Basalt produces itself (SQLite's translation) or tests for by name. PostgreSQL's full list:
/// https://www.postgresql.org/docs/current/errcodes-appendix.html
/// </summary>
public static class SqlStates
{
    public const string NotNullViolation = "23502";
    public const string ForeignKeyViolation = "23503";
    public const string UniqueViolation = "23505";
    public const string CheckViolation = "23514";

    public const string NumericValueOutOfRange = "22003";
    public const string InvalidDatetimeFormat = "22007";
    public const string InvalidTextRepresentation = "22P02";

    public const string InsufficientPrivilege = "42501";
    public const string SyntaxError = "42601";
    public const string UndefinedColumn = "42703";
    public const string UndefinedTable = "42P01";
}
