namespace Basalt.Query.Tests.Planning;

/// <summary>GET requests on the blog, shop and films schemas, planned and printed.</summary>
public sealed class ReadPlanTests
{
    [Theory]
    [InlineData("/posts?select=id,title", "read posts{id,title}")]
    [InlineData("/posts?select=*&limit=2", "read posts{id,author_id,title,body,status,tags,created_at} limit 2")]
    [InlineData("/posts?select=heading:title,id::text", "read posts{heading:title,id::text}")]
    [InlineData("/posts?select=id&id=eq.5", "read posts{id} where id eq 5::bigint")]
    [InlineData("/posts?select=id&id=in.(1,2,3)", "read posts{id} where id in (1::bigint, 2::bigint, 3::bigint)")]
    [InlineData("/posts?select=id&status=neq.draft", "read posts{id} where status neq 'draft'::enum")]
    [InlineData("/posts?select=id&title=like.*rust*", "read posts{id} where title like '%rust%'::text")]
    [InlineData("/posts?select=id&title=ilike(any).{a*,*b}", "read posts{id} where title ilike(any) ('a%'::text, '%b'::text)")]
    [InlineData("/posts?select=id&title=not.match.^A", "read posts{id} where not title match '^A'::text")]
    [InlineData("/posts?select=id&tags=cs.{rust,dotnet}", "read posts{id} where tags cs {rust,dotnet}::text[]")]
    [InlineData("/posts?select=id&tags=ov.{a}", "read posts{id} where tags ov {a}::text[]")]
    [InlineData("/posts?select=id&title=fts(english).cat", "read posts{id} where title fts(english) 'cat'::text")]
    [InlineData("/posts?select=id&title=wfts.\"a b\" or c", "read posts{id} where title wfts '\"a b\" or c'::text")]
    [InlineData("/posts?select=id&id=gt(all).{1,2}", "read posts{id} where id gt(all) (1::bigint, 2::bigint)")]
    [InlineData("/posts?select=id&or=(id.eq.1,and(id.gt.5,status.eq.published))", "read posts{id} where (id eq 1::bigint or (id gt 5::bigint and status eq 'published'::enum))")]
    [InlineData("/posts?select=id&id=gte.2&id=lte.9", "read posts{id} where (id gte 2::bigint and id lte 9::bigint)")]
    [InlineData("/comments?select=id&parent_id=is.null", "read comments{id} where parent_id is null")]
    [InlineData("/comments?select=id&parent_id=not.is.null", "read comments{id} where not parent_id is null")]
    [InlineData("/posts?select=id&order=created_at.desc,id", "read posts{id} order created_at desc nulls first, id asc nulls last")]
    [InlineData("/posts?select=id&order=title.asc.nullsfirst&offset=10&limit=5", "read posts{id} order title asc nulls first limit 5 offset 10")]
    [InlineData("/posts?select=id&created_at=gt.2026-01-01", "read posts{id} where created_at gt 01/01/2026 00:00:00 +00:00::timestamptz")]
    [InlineData("/posts?select=id&author_id=eq.6F1C2B9E-0D4A-4C1E-9A57-3C8F2E1D0B4A", "read posts{id} where author_id eq 6f1c2b9e-0d4a-4c1e-9a57-3c8f2e1d0b4a::uuid")]
    public void Plans_root_columns_filters_and_order(string url, string expected) =>
        Assert.Equal(expected, Plans.Print(PlanningSchemas.Blog, url));

    [Theory]
    [InlineData("/posts?select=title,author:profiles(username)", "read posts{title,author:profiles(m2o posts_author_id_fkey){username}}")]
    [InlineData("/posts?select=title,comments(count)", "read posts{title,comments:comments(o2m comments_post_id_fkey){count()}}")]
    [InlineData("/posts?select=title,...profiles(username)", "read posts{title,...profiles(m2o posts_author_id_fkey){username}}")]
    [InlineData("/posts?select=title,comments!inner(id)&comments.body=eq.hi", "read posts{title,comments:comments(o2m comments_post_id_fkey inner){id} where body eq 'hi'::text}")]
    [InlineData("/posts?select=id,comments(id)&comments.order=created_at.desc&comments.limit=3", "read posts{id,comments:comments(o2m comments_post_id_fkey){id} order created_at desc nulls first limit 3}")]
    [InlineData("/posts?select=id,author:profiles(username)&order=author(username).desc", "read posts{id,author:profiles(m2o posts_author_id_fkey){username}} order author.username desc nulls first")]
    [InlineData("/posts?select=id,comments(id)&comments=not.is.null", "read posts{id,comments:comments(o2m comments_post_id_fkey){id}} where not comments absent")]
    [InlineData("/comments?select=id,comments(id)", "read comments{id,comments:comments(o2m comments_parent_id_fkey){id}}")]
    [InlineData("/comments?select=id,parent:parent_id(id)", "read comments{id,parent:comments(m2o comments_parent_id_fkey){id}}")]
    [InlineData("/posts?select=id,comments(id,author:profiles(username,posts(id)))", "read posts{id,comments:comments(o2m comments_post_id_fkey){id,author:profiles(m2o comments_author_id_fkey){username,posts:posts(o2m posts_author_id_fkey){id}}}}")]
    public void Plans_embeds(string url, string expected) =>
        Assert.Equal(expected, Plans.Print(PlanningSchemas.Blog, url));

    [Theory]
    [InlineData("/films?select=title,actors(last_name)", "read films{title,actors:actors(m2m roles){last_name}}")]
    [InlineData("/orders?select=id,billing:addresses!billing_address_id(name)", "read orders{id,billing:addresses(m2o orders_billing_address_id_fkey){name}}")]
    [InlineData("/films?select=title,directors(last_name)&directors.last_name=eq.Lee", "read films{title,directors:directors(m2o films_director_id_fkey){last_name} where last_name eq 'Lee'::text}")]
    public void Plans_many_to_many_and_hints(string url, string expected) =>
        Assert.Equal(expected, Plans.Print(PlanningSchemas.Films, url));

    [Fact]
    public void Applies_the_page_and_count_to_the_root_only()
    {
        var printed = Plans.Print(PlanningSchemas.Blog, "/posts?select=id,comments(id)&limit=10&offset=20", headers: ("Prefer", "count=exact"));
        Assert.Equal("read posts{id,comments:comments(o2m comments_post_id_fkey){id}} limit 10 offset 20 count exact", printed);
    }

    [Fact]
    public void Takes_the_page_from_the_range_header()
    {
        var printed = Plans.Print(PlanningSchemas.Blog, "/posts?select=id", headers: ("Range", "5-9"));
        Assert.Equal("read posts{id} limit 5 offset 5", printed);
    }

    [Theory]
    [InlineData("/products?select=id&attributes->>color=eq.red", "read products{id} where attributes->>'color' eq 'red'::text")]
    [InlineData("/products?select=id,color:attributes->>color", "read products{id,color:attributes->>'color'}")]
    [InlineData("/products?select=id,attributes->size", "read products{id,size:attributes->'size'}")]
    [InlineData("/products?select=id&attributes=cs.{\"color\":\"red\"}", "read products{id} where attributes cs '{\"color\":\"red\"}'::jsonb")]
    [InlineData("/products?select=id&price=lt.49.999", "read products{id} where price lt 50.00::numeric")]
    [InlineData("/products?select=status,count()", "read products{status,count()}")]
    [InlineData("/products?select=total:price.sum()", "read products{total:price.sum()}")]
    public void Plans_json_paths_numbers_and_aggregates(string url, string expected) =>
        Assert.Equal(expected, Plans.Print(PlanningSchemas.Shop, url));
}
