using System.Globalization;

namespace Basalt.Bench.Seeder;

/// <summary>
/// The benchmark's shop data, the same on every run and every engine: each value is a pure function of the row
/// number and a fixed seed (a SplitMix64 hash, so it does not depend on <see cref="Random"/>'s algorithm). Every
/// row satisfies the shop spec's rules: sku pattern, enum values, price ≥ 0 with two decimals, stock ≥ 0,
/// non-zero movement deltas.
/// </summary>
public sealed class ShopRows(int productCount, int categoryCount)
{
    private const ulong Seed = 0x5EED_BA5A_17UL;

    /// <summary>Products are created one minute apart from here, so timestamps are distinct and ordered by id.</summary>
    private static readonly DateTime Epoch = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Statuses = ["active", "active", "active", "draft", "archived"];
    private static readonly string[] Words = ["oak", "steel", "linen", "glass", "cedar", "wool", "brass", "clay", "slate", "cotton", "amber", "basalt"];
    private static readonly string[] Nouns = ["chair", "lamp", "table", "mug", "shelf", "rug", "vase", "bowl", "stool", "clock"];
    private static readonly string[] Reasons = ["purchase", "sale", "return", "adjustment"];

    public int ProductCount => productCount;

    public int CategoryCount => categoryCount;

    public IEnumerable<Category> Categories()
    {
        for (var id = 1; id <= categoryCount; id++)
        {
            // The first ten are roots; the rest hang under one of them, so parent_id is a real self-reference.
            long? parent = id <= 10 ? null : 1 + (long)(Hash(id, 1) % 10);
            yield return new Category(id, parent, $"{Capitalised(Words[id % Words.Length])} {Nouns[id % Nouns.Length]} range {id}", $"category-{id}");
        }
    }

    public IEnumerable<Product> Products()
    {
        for (var id = 1; id <= productCount; id++)
        {
            var word = Words[Hash(id, 2) % (ulong)Words.Length];
            var noun = Nouns[Hash(id, 3) % (ulong)Nouns.Length];
            // One product in 40 has no category, so the many-to-one embed also returns nulls.
            long? category = Hash(id, 4) % 40 == 0 ? null : 1 + (long)(Hash(id, 5) % (ulong)categoryCount);
            var cents = (long)(Hash(id, 6) % 50_000) + 50;
            var created = Epoch.AddMinutes(id).AddMilliseconds(Hash(id, 7) % 1000);
            var updated = created.AddHours(Hash(id, 8) % 500);
            yield return new Product(
                id,
                category,
                $"SKU-{id:D7}",
                $"{Capitalised(word)} {noun} {id}",
                $"A {word} {noun}, item {id} of the benchmark catalogue.",
                cents / 100m,
                (int)(Hash(id, 9) % 1000),
                Statuses[Hash(id, 10) % (ulong)Statuses.Length],
                [word, noun],
                $"{{\"material\":\"{word}\",\"weight_g\":{Hash(id, 11) % 5000}}}",
                created,
                updated);
        }
    }

    /// <summary>Between 0 and 6 movements per product (3 on average), so the child count varies.</summary>
    public IEnumerable<Movement> Movements()
    {
        long id = 0;
        for (var product = 1; product <= productCount; product++)
        {
            var count = (int)(Hash(product, 12) % 7);
            for (var n = 0; n < count; n++)
            {
                id++;
                var delta = (int)(Hash(id, 13) % 50) + 1;
                var reason = Reasons[Hash(id, 14) % (ulong)Reasons.Length];
                yield return new Movement(
                    id,
                    product,
                    reason is "sale" ? -delta : delta,
                    reason,
                    Hash(id, 15) % 3 == 0 ? null : $"{reason} #{id}",
                    Epoch.AddMinutes(product).AddHours(n + 1));
            }
        }
    }

    /// <summary>The text form SQLite stores for timestamptz: ISO 8601, milliseconds, UTC with <c>Z</c>.</summary>
    public static string SqliteTimestamp(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static ulong Hash(long row, int field)
    {
        var z = Seed + (ulong)row * 0x9E3779B97F4A7C15UL + (ulong)field * 0xD1B54A32D192ED03UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
