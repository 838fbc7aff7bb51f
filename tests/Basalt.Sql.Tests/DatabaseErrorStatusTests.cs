using Basalt.Sql.Errors;

namespace Basalt.Sql.Tests;

/// <summary>PostgREST's table of SQLSTATE to HTTP status, row by row, with a code of each class and the exact codes that override their class.</summary>
public sealed class DatabaseErrorStatusTests
{
    [Theory]
    [InlineData("08000", 503)] // connection exception
    [InlineData("08006", 503)]
    [InlineData("09000", 500)] // triggered action exception
    [InlineData("0L000", 403)] // invalid grantor
    [InlineData("0LP01", 403)]
    [InlineData("0P000", 403)] // invalid role specification
    [InlineData("23503", 409)] // foreign key violation
    [InlineData("23505", 409)] // unique violation
    [InlineData("25006", 405)] // read-only transaction
    [InlineData("25001", 500)] // other invalid transaction states
    [InlineData("25P02", 500)]
    [InlineData("28000", 403)] // invalid authorization specification
    [InlineData("28P01", 403)]
    [InlineData("2D000", 500)] // invalid transaction termination
    [InlineData("38000", 500)] // external routine exception
    [InlineData("38001", 500)]
    [InlineData("39000", 500)] // external routine invocation
    [InlineData("39P01", 500)]
    [InlineData("3B000", 500)] // savepoint exception
    [InlineData("3B001", 500)]
    [InlineData("40001", 500)] // serialization failure
    [InlineData("40P01", 500)] // deadlock
    [InlineData("53400", 500)] // configuration limit exceeded, before its class
    [InlineData("53000", 503)] // insufficient resources
    [InlineData("53100", 503)]
    [InlineData("53300", 503)]
    [InlineData("54000", 500)] // program limit exceeded
    [InlineData("54001", 500)] // statement too complex
    [InlineData("54011", 500)]
    [InlineData("55000", 500)] // object not in prerequisite state
    [InlineData("55P03", 500)]
    [InlineData("57000", 500)] // operator intervention
    [InlineData("57014", 500)]
    [InlineData("57P01", 500)]
    [InlineData("58000", 500)] // system error
    [InlineData("58030", 500)]
    [InlineData("F0000", 500)] // configuration file error
    [InlineData("HV000", 500)] // foreign data wrapper error
    [InlineData("P0001", 400)] // RAISE's default
    [InlineData("P0000", 500)] // other PL/pgSQL errors
    [InlineData("P0002", 500)]
    [InlineData("XX000", 500)] // internal error
    [InlineData("XX001", 500)]
    [InlineData("42883", 404)] // undefined function
    [InlineData("42P01", 404)] // undefined table
    [InlineData("42P17", 500)] // infinite recursion
    public void Each_row_of_postgrest_s_table_gives_its_status(string sqlState, int status)
    {
        Assert.Equal(status, DatabaseErrorStatus.For(sqlState, authenticated: false));
        Assert.Equal(status, DatabaseErrorStatus.For(sqlState, authenticated: true));
    }

    [Theory]
    [InlineData("23502")] // not null
    [InlineData("23514")] // check
    [InlineData("23000")]
    [InlineData("22P02")] // invalid text representation
    [InlineData("22003")]
    [InlineData("22007")]
    [InlineData("22008")]
    [InlineData("42703")] // undefined column
    [InlineData("42601")]
    [InlineData("42804")]
    [InlineData("0A000")]
    [InlineData("PGRST")]
    [InlineData("")]
    public void Every_other_code_is_the_client_s_fault(string sqlState)
    {
        Assert.Equal(400, DatabaseErrorStatus.For(sqlState, authenticated: true));
    }

    [Fact]
    public void Insufficient_privilege_is_401_for_an_anonymous_caller_and_403_for_a_signed_in_one()
    {
        Assert.Equal(401, DatabaseErrorStatus.For("42501", authenticated: false));
        Assert.Equal(403, DatabaseErrorStatus.For("42501", authenticated: true));
        Assert.Equal(403, new DatabaseError("42501", "permission denied for table posts", null, null).Status(authenticated: true));
    }
}
