namespace Basalt.OpenApi.Tests;

/// <summary>Small specs that exercise what the examples do not: every column type, a junction table, reserved column names.</summary>
internal static class TestSpecs
{
    public const string EveryType = """
        version: 1
        name: types
        tables:
          things:
            description: One of everything.
            columns:
              id:        { type: bigint, primary: true, generated: identity }
              t:         { type: text, min_length: 2, max_length: 40, pattern: "^[a-z]+$", description: A word. }
              i:         { type: integer, min: -5, max: 5 }
              b:         { type: bigint, nullable: true }
              s:         { type: smallint, default: 7 }
              r:         { type: real, nullable: true }
              d:         { type: double, nullable: true }
              n:         { type: numeric, precision: 10, scale: 2, min: 0, max: 99.5 }
              flag:      { type: boolean, default: false }
              u:         { type: uuid, default: gen_random_uuid() }
              day:       { type: date, nullable: true }
              at:        { type: time, nullable: true }
              local:     { type: timestamp, nullable: true }
              stamp:     { type: timestamptz, default: now() }
              doc:       { type: json, nullable: true }
              docb:      { type: jsonb, default: { a: 1 } }
              raw:       { type: bytea, nullable: true }
              mood:      { type: enum, values: [happy, sad], nullable: true }
              tags:      { type: "text[]", default: [] }
              numbers:   { type: "integer[]", nullable: true }
            policies:
              select: "true"
        """;

    public const string ManyToMany = """
        version: 1
        name: films
        tables:
          films:
            columns:
              id:    { type: bigint, primary: true, generated: identity }
              title: { type: text }
          actors:
            columns:
              id:   { type: bigint, primary: true, generated: identity }
              name: { type: text }
          roles:
            columns:
              film_id:  { type: bigint, primary: true, references: films }
              actor_id: { type: bigint, primary: true, references: actors }
              character: { type: text, nullable: true }
        """;

    public const string ReservedNames = """
        version: 1
        name: reserved
        tables:
          steps:
            columns:
              id:     { type: integer, primary: true }
              order:  { type: integer }
              limit:  { type: integer, nullable: true }
              label:  { type: text, unique: true }
        """;
}
