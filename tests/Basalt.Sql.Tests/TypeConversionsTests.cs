using Basalt.Spec.Schema;
using Basalt.Sql.Ddl;

namespace Basalt.Sql.Tests;

public sealed class TypeConversionsTests
{
    private static ColumnType T(ColumnKind kind, bool array = false, int? precision = null, int? scale = null) => new(kind, array, precision, scale);

    [Theory]
    [InlineData(ColumnKind.SmallInt, ColumnKind.Integer, true)]
    [InlineData(ColumnKind.Integer, ColumnKind.BigInt, true)]
    [InlineData(ColumnKind.BigInt, ColumnKind.Numeric, true)]
    [InlineData(ColumnKind.BigInt, ColumnKind.SmallInt, false)]
    [InlineData(ColumnKind.Integer, ColumnKind.Text, true)]
    [InlineData(ColumnKind.Bytea, ColumnKind.Text, false)]
    [InlineData(ColumnKind.Text, ColumnKind.Uuid, false)]
    [InlineData(ColumnKind.Date, ColumnKind.TimestampTz, true)]
    [InlineData(ColumnKind.TimestampTz, ColumnKind.Date, false)]
    [InlineData(ColumnKind.Json, ColumnKind.Jsonb, true)]
    [InlineData(ColumnKind.Double, ColumnKind.Real, false)]
    public void Widening_keeps_every_value(ColumnKind from, ColumnKind to, bool widening) =>
        Assert.Equal(widening, TypeConversions.IsWidening(T(from), T(to)));

    [Fact]
    public void Numeric_widens_only_when_no_digit_is_lost()
    {
        Assert.True(TypeConversions.IsWidening(T(ColumnKind.Numeric, precision: 10, scale: 2), T(ColumnKind.Numeric, precision: 12, scale: 2)));
        Assert.False(TypeConversions.IsWidening(T(ColumnKind.Numeric, precision: 10, scale: 2), T(ColumnKind.Numeric, precision: 10, scale: 1)));
        Assert.True(TypeConversions.IsWidening(T(ColumnKind.Numeric, precision: 10, scale: 2), T(ColumnKind.Numeric)));
        Assert.False(TypeConversions.IsWidening(T(ColumnKind.Numeric), T(ColumnKind.Numeric, precision: 30, scale: 2)));
        Assert.False(TypeConversions.IsWidening(T(ColumnKind.Integer), T(ColumnKind.Numeric, precision: 5)));
    }

    [Fact]
    public void Array_and_scalar_never_convert_silently()
    {
        Assert.False(TypeConversions.IsWidening(T(ColumnKind.Text, array: true), T(ColumnKind.Text)));
        Assert.True(TypeConversions.IsWidening(T(ColumnKind.Integer, array: true), T(ColumnKind.BigInt, array: true)));
    }
}
