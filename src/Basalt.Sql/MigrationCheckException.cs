namespace Basalt.Sql;

/// <summary>A migration left the database in a state its engine's checks refuse (a dangling foreign key after a rebuild).</summary>
public sealed class MigrationCheckException(string message) : Exception(message);
