using Basalt.Query.Planning;
using Basalt.Spec.Naming;

namespace Basalt.Query.Tests.Planning;

/// <summary>PGRST200 (no relationship) and PGRST201 (several), with PostgREST's message, details and hint.</summary>
public sealed class RelationshipErrorTests
{
    [Theory]
    // Unrelated name, no close related table: no hint.
    [InlineData("blog", "posts", "tags", null, null)]
    // A misspelt related table: the closest related table.
    [InlineData("blog", "posts", "comment", null, "Perhaps you meant 'comments' instead of 'comment'.")]
    [InlineData("blog", "comments", "profile", null, "Perhaps you meant 'profiles' instead of 'profile'.")]
    [InlineData("shop", "products", "inventory_movement", null, "Perhaps you meant 'inventory_movements' instead of 'inventory_movement'.")]
    // A related table with a hint that names nothing: no suggestion, the table name was right.
    [InlineData("blog", "posts", "profiles", "editor_id", null)]
    [InlineData("films", "films", "actors", "film_tags", null)]
    // A real table that is not related to this one.
    [InlineData("blog", "posts", "posts", null, null)]
    // System tables are never embeddable: auth.users is absent even though profiles references it.
    [InlineData("blog", "profiles", "users", null, null)]
    // PostgREST leaves self one-to-one and self many-to-many to computed relationships.
    [InlineData("films", "presidents", "presidents", null, null)]
    [InlineData("films", "users", "users", null, null)]
    // A column embed names the source's key column only; with a hint the target must be a table.
    [InlineData("blog", "profiles", "author_id", null, null)]
    [InlineData("blog", "posts", "author_id", "profiles", null)]
    public void No_relationship_is_pgrst200(string schema, string from, string relation, string? hint, string? expectedHint)
    {
        var error = Relationships.Resolve(Relationships.Named(schema), from, relation, hint).Error;

        Assert.NotNull(error);
        Assert.Equal(400, error.Status);
        Assert.Equal("PGRST200", error.Code);
        Assert.Equal($"Could not find a relationship between '{from}' and '{relation}' in the schema cache", error.Message);
        var usingHint = hint is null ? "" : $" using the hint '{hint}'";
        Assert.Equal($"Searched for a foreign key relationship between '{from}' and '{relation}'{usingHint} in the schema 'public', but no matches were found.", error.Details);
        Assert.Equal(expectedHint, error.Hint);
        Assert.Empty(error.Candidates);
    }

    [Fact]
    public void A_system_table_embeds_nothing()
    {
        var schema = PlanningSchemas.Blog;
        var users = schema.Find("auth.users")!;

        var error = RelationshipResolver.Resolve(schema, users, "profiles", null).Error;

        Assert.NotNull(error);
        Assert.Equal("PGRST200", error.Code);
        Assert.Equal("Could not find a relationship between 'users' and 'profiles' in the schema cache", error.Message);
    }

    [Fact]
    public void Two_keys_to_one_table_are_ambiguous()
    {
        var error = Relationships.Resolve(PlanningSchemas.Films, "orders", "addresses", null).Error;

        Assert.NotNull(error);
        Assert.Equal(300, error.Status);
        Assert.Equal("PGRST201", error.Code);
        Assert.Equal("Could not embed because more than one relationship was found for 'orders' and 'addresses'", error.Message);
        Assert.Null(error.Details);
        Assert.Equal(
        [
            new EmbedCandidate("many-to-one", "orders with addresses", "orders_billing_address_id_fkey using orders(billing_address_id) and addresses(id)"),
            new EmbedCandidate("many-to-one", "orders with addresses", "orders_shipping_address_id_fkey using orders(shipping_address_id) and addresses(id)"),
        ], error.Candidates);
        Assert.Equal("Try changing 'addresses' to one of the following: 'addresses!orders_billing_address_id_fkey', "
            + "'addresses!orders_shipping_address_id_fkey'. Find the desired relationship in the 'details' key.", error.Hint);
    }

    [Fact]
    public void Two_referencing_keys_are_ambiguous_from_the_referenced_side()
    {
        var error = Relationships.Resolve(PlanningSchemas.Films, "addresses", "orders", null).Error;

        Assert.NotNull(error);
        Assert.Equal(300, error.Status);
        Assert.Equal("PGRST201", error.Code);
        Assert.Equal("Could not embed because more than one relationship was found for 'addresses' and 'orders'", error.Message);
        Assert.Equal(
        [
            new EmbedCandidate("one-to-many", "addresses with orders", "orders_billing_address_id_fkey using addresses(id) and orders(billing_address_id)"),
            new EmbedCandidate("one-to-many", "addresses with orders", "orders_shipping_address_id_fkey using addresses(id) and orders(shipping_address_id)"),
        ], error.Candidates);
        Assert.Equal("Try changing 'orders' to one of the following: 'orders!orders_billing_address_id_fkey', "
            + "'orders!orders_shipping_address_id_fkey'. Find the desired relationship in the 'details' key.", error.Hint);
    }

    [Fact]
    public void A_hint_matching_both_keys_stays_ambiguous()
    {
        // Both keys reference addresses.id, so the referenced column picks neither.
        var error = Relationships.Resolve(PlanningSchemas.Films, "orders", "addresses", "id").Error;

        Assert.NotNull(error);
        Assert.Equal("PGRST201", error.Code);
        Assert.Equal(2, error.Candidates.Count);
    }

    [Fact]
    public void Two_junctions_are_ambiguous_and_hinted_by_junction_name()
    {
        var error = Relationships.Resolve(PlanningSchemas.Films, "films", "tags", null).Error;

        Assert.NotNull(error);
        Assert.Equal(300, error.Status);
        Assert.Equal("Could not embed because more than one relationship was found for 'films' and 'tags'", error.Message);
        Assert.Equal(
        [
            new EmbedCandidate("many-to-many", "films with tags", "film_tags using film_tags_film_id_fkey(film_id) and film_tags_tag_id_fkey(tag_id)"),
            new EmbedCandidate("many-to-many", "films with tags", "tag_votes using tag_votes_film_id_fkey(film_id) and tag_votes_tag_id_fkey(tag_id)"),
        ], error.Candidates);
        Assert.Equal("Try changing 'tags' to one of the following: 'tags!film_tags', 'tags!tag_votes'. "
            + "Find the desired relationship in the 'details' key.", error.Hint);
    }

    [Fact]
    public void Two_self_keys_through_a_junction_are_ambiguous_from_the_junction_side()
    {
        var error = Relationships.Resolve(PlanningSchemas.Films, "users", "subscriptions", null).Error;

        Assert.NotNull(error);
        Assert.Equal("PGRST201", error.Code);
        Assert.Equal(
        [
            new EmbedCandidate("one-to-many", "users with subscriptions", "subscriptions_subscriber_id_fkey using users(id) and subscriptions(subscriber_id)"),
            new EmbedCandidate("one-to-many", "users with subscriptions", "subscriptions_subscribed_id_fkey using users(id) and subscriptions(subscribed_id)"),
        ], error.Candidates);
    }

    [Fact]
    public void Error_renders_every_part()
    {
        var error = Relationships.Resolve(PlanningSchemas.Films, "films", "tags", null).Error!;

        Assert.Equal("300 PGRST201: Could not embed because more than one relationship was found for 'films' and 'tags' | "
            + "many-to-many films with tags: film_tags using film_tags_film_id_fkey(film_id) and film_tags_tag_id_fkey(tag_id); "
            + "many-to-many films with tags: tag_votes using tag_votes_film_id_fkey(film_id) and tag_votes_tag_id_fkey(tag_id) | "
            + "hint: Try changing 'tags' to one of the following: 'tags!film_tags', 'tags!tag_votes'. Find the desired relationship in the 'details' key.",
            error.ToString());
    }

    [Theory]
    [InlineData("comments", "comment", 1)]
    [InlineData("comments", "commnets", 1)]
    [InlineData("Posts", "posts", 0)]
    [InlineData("abc", "xyz", 3)]
    public void Distance_is_damerau_levenshtein_ignoring_case(string a, string b, int expected) =>
        Assert.Equal(expected, ClosestName.Distance(a, b));
}
