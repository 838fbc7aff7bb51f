using Basalt.Spec.Loading;
using Basalt.Spec.Schema;
using Basalt.Testing;

namespace Basalt.Query.Tests.Planning;

/// <summary>The compiled schemas the planning tests resolve against: the two examples and small ones written here.</summary>
internal static class PlanningSchemas
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    public static DatabaseSchema Blog { get; } = LoadExample("blog");

    public static DatabaseSchema Shop { get; } = LoadExample("shop");

    /// <summary>
    /// PostgREST's films example: roles and nominations are junctions (keys inside a composite primary key),
    /// technical_specs is one-to-one by primary key, posters by a unique column, box_office's key is not in its
    /// primary key so it is no junction, orders has two keys to addresses, and films reach
    /// tags through two junctions (film_tags and tag_votes).
    /// </summary>
    public static DatabaseSchema Films { get; } = Load("""
        name: films
        tables:
          directors:
            columns:
              id: { type: bigint, primary: true }
              last_name: { type: text }
          films:
            columns:
              id: { type: bigint, primary: true }
              director_id: { type: bigint, references: directors }
              title: { type: text }
          actors:
            columns:
              id: { type: bigint, primary: true }
              last_name: { type: text }
          roles:
            columns:
              film_id: { type: bigint, primary: true, references: films }
              actor_id: { type: bigint, primary: true, references: actors }
              character: { type: text }
          competitions:
            columns:
              id: { type: bigint, primary: true }
              name: { type: text }
          nominations:
            columns:
              id: { type: bigint, primary: true }
              competition_id: { type: bigint, primary: true, references: competitions }
              film_id: { type: bigint, primary: true, references: films }
              rank: { type: integer }
          technical_specs:
            columns:
              film_id: { type: bigint, primary: true, references: films }
              camera: { type: text }
          posters:
            columns:
              id: { type: bigint, primary: true }
              film_id: { type: bigint, unique: true, references: films }
          box_office:
            columns:
              id: { type: bigint, primary: true }
              film_id: { type: bigint, references: films }
              actor_id: { type: bigint, references: actors }
          addresses:
            columns:
              id: { type: bigint, primary: true }
              name: { type: text }
          orders:
            columns:
              id: { type: bigint, primary: true }
              billing_address_id: { type: bigint, references: addresses }
              shipping_address_id: { type: bigint, references: addresses }
          users:
            columns:
              id: { type: bigint, primary: true }
              username: { type: text }
          subscriptions:
            columns:
              subscriber_id: { type: bigint, primary: true, references: users }
              subscribed_id: { type: bigint, primary: true, references: users }
          presidents:
            columns:
              id: { type: bigint, primary: true }
              predecessor_id: { type: bigint, unique: true, nullable: true, references: presidents }
          profiles:
            columns:
              id: { type: uuid, primary: true, references: auth.users }
          tags:
            columns:
              id: { type: bigint, primary: true }
          film_tags:
            columns:
              film_id: { type: bigint, primary: true, references: films }
              tag_id: { type: bigint, primary: true, references: tags }
          tag_votes:
            columns:
              film_id: { type: bigint, primary: true, references: films }
              tag_id: { type: bigint, primary: true, references: tags }
              user_id: { type: bigint, primary: true, references: users }
        """);

    public static TableSchema Table(this DatabaseSchema schema, string name) =>
        schema.Find(name) ?? throw new KeyNotFoundException($"no table {name}");

    private static DatabaseSchema LoadExample(string name) => Compiled(SpecLoader.LoadFile(RepositoryPaths.Example(name), NoEnvironment));

    private static DatabaseSchema Load(string yaml) => Compiled(SpecLoader.LoadText(yaml, "basalt.yaml", NoEnvironment));

    private static DatabaseSchema Compiled(SpecLoadResult result) =>
        result.Succeeded ? result.Spec!.Schema : throw new InvalidOperationException(string.Join("\n", result.Errors));
}
