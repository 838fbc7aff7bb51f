using System.Data.Common;
using System.Globalization;
using Basalt.Query.Planning;
using Basalt.Spec.Schema;

namespace Basalt.Auth.Storage;

/// <summary>
/// Typed parameters for the auth tables and the reading of their columns on either engine: SQLite hands back uuid and
/// times as text and booleans as integers, PostgreSQL as <see cref="Guid"/>, <see cref="DateTime"/> and <see cref="bool"/>.
/// Times are kept to the millisecond, which both engines store exactly, so a value read back equals the one written.
/// </summary>
public static class Values
{
    public static SqlValue Uuid(Guid? value) => new(new ColumnType(ColumnKind.Uuid), value);

    public static SqlValue Text(string? value) => new(new ColumnType(ColumnKind.Text), value);

    public static SqlValue Jsonb(string value) => new(new ColumnType(ColumnKind.Jsonb), value);

    public static SqlValue Bool(bool value) => new(new ColumnType(ColumnKind.Boolean), value);

    public static SqlValue BigInt(long? value) => new(new ColumnType(ColumnKind.BigInt), value);

    public static SqlValue Integer(long value) => new(new ColumnType(ColumnKind.Integer), value);

    public static SqlValue Time(DateTimeOffset? value) => new(new ColumnType(ColumnKind.TimestampTz), value is { } v ? Truncate(v) : null);

    /// <summary>The time to the millisecond, at offset zero.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    public static Guid ReadUuid(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        Guid g => g,
        string s => Guid.Parse(s),
        var other => throw new InvalidCastException($"a uuid column held {other.GetType().Name}"),
    };

    public static Guid? ReadNullableUuid(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadUuid(reader, ordinal);

    public static string? ReadText(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long ReadLong(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static long? ReadNullableLong(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ReadLong(reader, ordinal);

    public static bool ReadBool(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        bool b => b,
        var other => Convert.ToInt64(other, CultureInfo.InvariantCulture) != 0,
    };

    public static DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        ReadNullableTime(reader, ordinal) ?? throw new InvalidCastException("a non-null time column held NULL");

    public static DateTimeOffset? ReadNullableTime(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }
        return reader.GetValue(ordinal) switch
        {
            DateTimeOffset dto => dto.ToUniversalTime(),
            DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
            string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            var other => throw new InvalidCastException($"a time column held {other.GetType().Name}"),
        };
    }
}
