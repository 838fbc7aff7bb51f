namespace Basalt.Rest.Tests.Support;

/// <summary>The two databases every handler scenario runs on.</summary>
public enum Engine
{
    Sqlite,
    Postgres,
}
