using Basalt.Query.Planning;

namespace Basalt.Query.Tests.Planning;

/// <summary>Embeds that resolve to exactly one relationship, by table name, by column or key name, and by each hint form.</summary>
public sealed class RelationshipResolverTests
{
    [Theory]
    // Blog: many-to-one and its inverse one-to-many.
    [InlineData("blog", "posts", "profiles", null, "ManyToOne profiles on author_id = id via posts_author_id_fkey (object)")]
    [InlineData("blog", "profiles", "posts", null, "OneToMany posts on id = author_id via posts_author_id_fkey (array)")]
    [InlineData("blog", "posts", "comments", null, "OneToMany comments on id = post_id via comments_post_id_fkey (array)")]
    [InlineData("blog", "comments", "posts", null, "ManyToOne posts on post_id = id via comments_post_id_fkey (object)")]
    [InlineData("blog", "comments", "profiles", null, "ManyToOne profiles on author_id = id via comments_author_id_fkey (object)")]
    [InlineData("blog", "profiles", "comments", null, "OneToMany comments on id = author_id via comments_author_id_fkey (array)")]
    // Shop.
    [InlineData("shop", "products", "categories", null, "ManyToOne categories on category_id = id via products_category_id_fkey (object)")]
    [InlineData("shop", "categories", "products", null, "OneToMany products on id = category_id via products_category_id_fkey (array)")]
    [InlineData("shop", "products", "inventory_movements", null, "OneToMany inventory_movements on id = product_id via inventory_movements_product_id_fkey (array)")]
    [InlineData("shop", "inventory_movements", "products", null, "ManyToOne products on product_id = id via inventory_movements_product_id_fkey (object)")]
    // Films: the shapes PostgREST's docs use.
    [InlineData("films", "films", "directors", null, "ManyToOne directors on director_id = id via films_director_id_fkey (object)")]
    [InlineData("films", "directors", "films", null, "OneToMany films on id = director_id via films_director_id_fkey (array)")]
    [InlineData("films", "actors", "films", null, "ManyToMany films through roles on id = actor_id, film_id = id via roles_actor_id_fkey, roles_film_id_fkey (array)")]
    [InlineData("films", "films", "actors", null, "ManyToMany actors through roles on id = film_id, actor_id = id via roles_film_id_fkey, roles_actor_id_fkey (array)")]
    [InlineData("films", "films", "competitions", null, "ManyToMany competitions through nominations on id = film_id, competition_id = id via nominations_film_id_fkey, nominations_competition_id_fkey (array)")]
    [InlineData("films", "films", "roles", null, "OneToMany roles on id = film_id via roles_film_id_fkey (array)")]
    [InlineData("films", "roles", "films", null, "ManyToOne films on film_id = id via roles_film_id_fkey (object)")]
    [InlineData("films", "films", "technical_specs", null, "OneToOne technical_specs on id = film_id via technical_specs_film_id_fkey (object)")]
    [InlineData("films", "technical_specs", "films", null, "OneToOne films on film_id = id via technical_specs_film_id_fkey (object)")]
    [InlineData("films", "films", "posters", null, "OneToOne posters on id = film_id via posters_film_id_fkey (object)")]
    [InlineData("films", "posters", "films", null, "OneToOne films on film_id = id via posters_film_id_fkey (object)")]
    [InlineData("films", "films", "box_office", null, "OneToMany box_office on id = film_id via box_office_film_id_fkey (array)")]
    public void Resolves_by_table_name(string schema, string from, string relation, string? hint, string expected) =>
        Assert.Equal(expected, Relationships.Render(Relationships.Named(schema), from, relation, hint));

    [Theory]
    // The source's column of a single-column key, and a key's name, name the relationship (PostgREST compatibility).
    [InlineData("blog", "posts", "author_id", null, "ManyToOne profiles on author_id = id via posts_author_id_fkey (object)")]
    [InlineData("blog", "posts", "posts_author_id_fkey", null, "ManyToOne profiles on author_id = id via posts_author_id_fkey (object)")]
    [InlineData("blog", "profiles", "posts_author_id_fkey", null, "OneToMany posts on id = author_id via posts_author_id_fkey (array)")]
    [InlineData("films", "orders", "billing_address_id", null, "ManyToOne addresses on billing_address_id = id via orders_billing_address_id_fkey (object)")]
    [InlineData("films", "orders", "orders_shipping_address_id_fkey", null, "ManyToOne addresses on shipping_address_id = id via orders_shipping_address_id_fkey (object)")]
    [InlineData("films", "addresses", "orders_shipping_address_id_fkey", null, "OneToMany orders on id = shipping_address_id via orders_shipping_address_id_fkey (array)")]
    public void Resolves_by_column_or_key_name(string schema, string from, string relation, string? hint, string expected) =>
        Assert.Equal(expected, Relationships.Render(Relationships.Named(schema), from, relation, hint));

    [Theory]
    // Each hint form: the key's name, the source's column, the target's column, the junction table.
    [InlineData("blog", "posts", "profiles", "posts_author_id_fkey", "ManyToOne profiles on author_id = id via posts_author_id_fkey (object)")]
    [InlineData("blog", "posts", "profiles", "author_id", "ManyToOne profiles on author_id = id via posts_author_id_fkey (object)")]
    [InlineData("blog", "posts", "profiles", "id", "ManyToOne profiles on author_id = id via posts_author_id_fkey (object)")]
    [InlineData("blog", "posts", "comments", "post_id", "OneToMany comments on id = post_id via comments_post_id_fkey (array)")]
    [InlineData("films", "orders", "addresses", "billing_address_id", "ManyToOne addresses on billing_address_id = id via orders_billing_address_id_fkey (object)")]
    [InlineData("films", "orders", "addresses", "orders_shipping_address_id_fkey", "ManyToOne addresses on shipping_address_id = id via orders_shipping_address_id_fkey (object)")]
    [InlineData("films", "addresses", "orders", "billing_address_id", "OneToMany orders on id = billing_address_id via orders_billing_address_id_fkey (array)")]
    [InlineData("films", "addresses", "orders", "orders_shipping_address_id_fkey", "OneToMany orders on id = shipping_address_id via orders_shipping_address_id_fkey (array)")]
    [InlineData("films", "films", "tags", "film_tags", "ManyToMany tags through film_tags on id = film_id, tag_id = id via film_tags_film_id_fkey, film_tags_tag_id_fkey (array)")]
    [InlineData("films", "films", "tags", "tag_votes", "ManyToMany tags through tag_votes on id = film_id, tag_id = id via tag_votes_film_id_fkey, tag_votes_tag_id_fkey (array)")]
    [InlineData("films", "films", "actors", "roles", "ManyToMany actors through roles on id = film_id, actor_id = id via roles_film_id_fkey, roles_actor_id_fkey (array)")]
    [InlineData("films", "users", "subscriptions", "subscriber_id", "OneToMany subscriptions on id = subscriber_id via subscriptions_subscriber_id_fkey (array)")]
    public void Hints_pick_one(string schema, string from, string relation, string? hint, string expected) =>
        Assert.Equal(expected, Relationships.Render(Relationships.Named(schema), from, relation, hint));

    [Theory]
    // A self-reference: the table's name gives the children, the key column the parent, a hint the referencing column's children.
    [InlineData("blog", "comments", "comments", null, "OneToMany comments on id = parent_id via comments_parent_id_fkey (array)")]
    [InlineData("blog", "comments", "parent_id", null, "ManyToOne comments on parent_id = id via comments_parent_id_fkey (object)")]
    [InlineData("blog", "comments", "comments", "parent_id", "OneToMany comments on id = parent_id via comments_parent_id_fkey (array)")]
    [InlineData("shop", "categories", "categories", null, "OneToMany categories on id = parent_id via categories_parent_id_fkey (array)")]
    [InlineData("shop", "categories", "parent_id", null, "ManyToOne categories on parent_id = id via categories_parent_id_fkey (object)")]
    public void Self_references_follow_postgrest_convention(string schema, string from, string relation, string? hint, string expected) =>
        Assert.Equal(expected, Relationships.Render(Relationships.Named(schema), from, relation, hint));

    [Fact]
    public void Relationship_exposes_tables_keys_and_shape()
    {
        var r = Relationships.Resolve(PlanningSchemas.Blog, "posts", "profiles", null).Relationship!;
        Assert.Same(PlanningSchemas.Blog.Table("posts"), r.Source);
        Assert.Same(PlanningSchemas.Blog.Table("profiles"), r.Target);
        Assert.True(r.KeyOnSource);
        Assert.False(r.IsSelf);
        Assert.Equal("many-to-one", r.Cardinality);
        Assert.Equal("posts_author_id_fkey", r.HintName);

        var children = Relationships.Resolve(PlanningSchemas.Blog, "comments", "comments", null).Relationship!;
        Assert.True(children.IsSelf);
        Assert.False(children.KeyOnSource);
        Assert.False(children.IsToOne);

        var m2m = Relationships.Resolve(PlanningSchemas.Films, "actors", "films", null).Relationship!;
        Assert.Null(m2m.ForeignKey);
        Assert.Empty(m2m.Columns);
        Assert.Equal("roles", m2m.HintName);
        Assert.Equal("many-to-many", m2m.Cardinality);
        Assert.Equal("roles using roles_actor_id_fkey(actor_id) and roles_film_id_fkey(film_id)", m2m.Description);

        var o2o = Relationships.Resolve(PlanningSchemas.Films, "films", "technical_specs", null).Relationship!;
        Assert.Equal(RelationshipKind.OneToOne, o2o.Kind);
        Assert.False(o2o.KeyOnSource);
        Assert.True(o2o.IsToOne);
        Assert.Equal("technical_specs_film_id_fkey using films(id) and technical_specs(film_id)", o2o.Description);
    }
}
