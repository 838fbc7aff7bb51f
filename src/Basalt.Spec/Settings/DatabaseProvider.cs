namespace Basalt.Spec.Settings;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
