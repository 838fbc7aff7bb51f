namespace Basalt.Sql.Rendering.Tests.Support;

/// <summary>One seeded pair of databases for every test class: reads never change it, writes roll back.</summary>
[CollectionDefinition(Name)]
public sealed class RenderCollection : ICollectionFixture<RenderDatabases>
{
    public const string Name = "render databases";
}
