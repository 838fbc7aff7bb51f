namespace Basalt.Query.Planning;

/// <summary>
/// A column or a JSON path into one (<c>data->a->>b</c>), optionally cast (<c>::text</c>). <see cref="Cast"/> is one of
/// <see cref="CastTarget"/>'s names, already validated; the value's JSON form follows the cast type, else the field's.
/// </summary>
public sealed record ColumnOutput(string Key, FieldRef Field, CastTarget? Cast) : OutputItem(Key);
