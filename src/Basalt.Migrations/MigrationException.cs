namespace Basalt.Migrations;

/// <summary>A migration cannot be planned, applied or rolled back; the message says which, why and what to do.</summary>
public sealed class MigrationException : Exception
{
    public MigrationException(string message) : base(message)
    {
    }

    public MigrationException(string message, Exception inner) : base(message, inner)
    {
    }
}
