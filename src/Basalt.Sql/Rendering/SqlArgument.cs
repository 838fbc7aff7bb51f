using Basalt.Query.Planning;

namespace Basalt.Sql.Rendering;

/// <summary>A named parameter of a <see cref="SqlCommand"/>; the dialect binds <see cref="Value"/> with its engine's type.</summary>
public sealed record SqlArgument(string Name, SqlValue Value);
