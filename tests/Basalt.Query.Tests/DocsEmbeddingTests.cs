namespace Basalt.Query.Tests;

/// <summary>
/// Every example URL of PostgREST's "Resource Embedding" page
/// (https://docs.postgrest.org/en/latest/references/api/resource_embedding.html).
/// </summary>
public sealed class DocsEmbeddingTests
{
    [Theory]
    [InlineData("/films?select=title,directors(id,last_name)", "read films | select title,directors(id,last_name)")]
    [InlineData("/films?select=title,director:directors(id,last_name)", "read films | select title,director:directors(id,last_name)")]
    [InlineData("/directors?select=last_name,films(title)", "read directors | select last_name,films(title)")]
    [InlineData("/actors?select=first_name,last_name,films(title)", "read actors | select first_name,last_name,films(title)")]
    [InlineData("/films?select=title,technical_specs(camera)", "read films | select title,technical_specs(camera)")]
    [InlineData("/premieres?select=location,film(name)", "read premieres | select location,film(name)")]
    [InlineData("/films?select=name,premieres(name)", "read films | select name,premieres(name)")]
    [InlineData("/orders?select=*,addresses(*)", "read orders | select *,addresses(*)")]
    [InlineData("/orders?select=name,billing_address:addresses!billing(name),shipping_address:addresses!shipping(name)",
        "read orders | select name,billing_address:addresses!billing(name),shipping_address:addresses!shipping(name)")]
    [InlineData("/addresses?select=name,billing_orders:orders!billing(name),shipping_orders!shipping(name)&id=eq.1",
        "read addresses | select name,billing_orders:orders!billing(name),shipping_orders!shipping(name) | where id eq '1'")]
    [InlineData("/presidents?select=last_name,predecessor(last_name),successor(last_name)&id=eq.2",
        "read presidents | select last_name,predecessor(last_name),successor(last_name) | where id eq '2'")]
    [InlineData("/employees?select=last_name,supervisees(last_name)&id=eq.1", "read employees | select last_name,supervisees(last_name) | where id eq '1'")]
    [InlineData("/employees?select=last_name,supervisor(last_name)&id=eq.3", "read employees | select last_name,supervisor(last_name) | where id eq '3'")]
    [InlineData("/users?select=username,subscribers(username),following(username)&id=eq.4",
        "read users | select username,subscribers(username),following(username) | where id eq '4'")]
    [InlineData("/box_office?select=bo_date,gross_revenue,films(title)&gross_revenue=gte.1000000",
        "read box_office | select bo_date,gross_revenue,films(title) | where gross_revenue gte '1000000'")]
    [InlineData("/nominations_view?select=film_title,films(language),roles(character),actors(last_name,first_name)&rank=eq.5",
        "read nominations_view | select film_title,films(language),roles(character),actors(last_name,first_name) | where rank eq '5'")]
    [InlineData("/actors?select=roles(character,films(title,year))", "read actors | select roles(character,films(title,year))")]
    [InlineData("/films?select=directors(last_name,id),title", "read films | select directors(last_name,id),title")]
    public void Relationships(string url, string expected) => Assert.Equal(expected, Requests.Render(url));

    [Theory]
    [InlineData("/films?select=*,actors(*)&actors.order=last_name,first_name", "read films | select *,actors(*) | actors: order last_name, first_name")]
    [InlineData("/films?select=*,roles(*)&roles.character=in.(Chico,Harpo,Groucho)",
        "read films | select *,roles(*) | roles: where character in ('Chico','Harpo','Groucho')")]
    [InlineData("/films?select=*,roles(*)&roles.or=(character.eq.Gummo,character.eq.Zeppo)",
        "read films | select *,roles(*) | roles: where or(character eq 'Gummo', character eq 'Zeppo')")]
    [InlineData("/films?select=*,actors(*)&actors.limit=10&actors.offset=2", "read films | select *,actors(*) | actors: limit 10; offset 2")]
    [InlineData("/films?select=*,90_comps:competitions(name),91_comps:competitions(name)&90_comps.year=eq.1990&91_comps.year=eq.1991",
        "read films | select *,90_comps:competitions(name),91_comps:competitions(name) | 90_comps: where year eq '1990' | 91_comps: where year eq '1991'")]
    [InlineData("/films?select=*,roles(*,actors(*))&roles.actors.order=last_name&roles.actors.first_name=like.*Tom*",
        "read films | select *,roles(*,actors(*)) | roles.actors: where first_name like '*Tom*'; order last_name")]
    public void Embedded_filters(string url, string expected) => Assert.Equal(expected, Requests.Render(url));

    [Theory]
    [InlineData("/films?select=title,actors(first_name,last_name)&actors.first_name=eq.Jehanne",
        "read films | select title,actors(first_name,last_name) | actors: where first_name eq 'Jehanne'")]
    [InlineData("/films?select=title,actors!inner(first_name,last_name)&actors.first_name=eq.Jehanne",
        "read films | select title,actors!inner(first_name,last_name) | actors: where first_name eq 'Jehanne'")]
    [InlineData("/films?select=title,actors(*)&actors=not.is.null", "read films | select title,actors(*) | where not actors is null")]
    [InlineData("/films?select=title,nominations()&nominations=is.null", "read films | select title,nominations() | where nominations is null")]
    [InlineData("/films?select=title,actors(*),directors(*)&or=(actors.is.null,directors.is.null)",
        "read films | select title,actors(*),directors(*) | where or(actors is null, directors is null)")]
    [InlineData("/films?select=title,actors(),directors()&directors.first_name=eq.John&actors.first_name=eq.John&or=(directors.not.is.null,actors.not.is.null)",
        "read films | select title,actors(),directors() | where or(not directors is null, not actors is null) | directors: where first_name eq 'John' | actors: where first_name eq 'John'")]
    [InlineData("/films?select=title,act:actors(),dir:directors(),actors(first_name),directors(first_name)&dir.first_name=eq.John&act.first_name=eq.John&or=(dir.not.is.null,act.not.is.null)",
        "read films | select title,act:actors(),dir:directors(),actors(first_name),directors(first_name) | where or(not dir is null, not act is null) | dir: where first_name eq 'John' | act: where first_name eq 'John'")]
    [InlineData("/films?select=title,actors()&actors.first_name=eq.Jehanne&actors=not.is.null",
        "read films | select title,actors() | where not actors is null | actors: where first_name eq 'Jehanne'")]
    [InlineData("/films?select=title,directors(last_name)&order=directors(last_name).desc",
        "read films | select title,directors(last_name) | order directors(last_name) desc")]
    public void Top_level_filtering_and_ordering(string url, string expected) => Assert.Equal(expected, Requests.Render(url));

    [Theory]
    [InlineData("/films?select=title,...directors(director_first_name:first_name,%20director_last_name:last_name)&title=like.*Workers*",
        "read films | select title,...directors(director_first_name:first_name,director_last_name:last_name) | where title like '*Workers*'")]
    [InlineData("/directors?select=first_name,...films(film_titles:title,film_years:year)&first_name=like.Quentin*",
        "read directors | select first_name,...films(film_titles:title,film_years:year) | where first_name like 'Quentin*'")]
    [InlineData("/directors?select=first_name,...films(film_titles:title,film_years:year)&first_name=like.Quentin*&films.order=year",
        "read directors | select first_name,...films(film_titles:title,film_years:year) | where first_name like 'Quentin*' | films: order year")]
    [InlineData("/projects?select=id,name,...clients(id,name)", "read projects | select id,name,...clients(id,name)")]
    [InlineData("/projects?select=id,name,...clients(client_id:id,client_name:name)", "read projects | select id,name,...clients(client_id:id,client_name:name)")]
    [InlineData("/directors?select=first_name,...films(film_titles:title,film_years:year,...technical_specs(film_runtimes:runtime),...roles(film_characters:character))&first_name=like.Quentin*&films.order=year&films.roles.order=character",
        "read directors | select first_name,...films(film_titles:title,film_years:year,...technical_specs(film_runtimes:runtime),...roles(film_characters:character)) | where first_name like 'Quentin*' | films: order year | films.roles: order character")]
    [InlineData("/films?select=title,actors:roles(character,...actors(first_name,last_name))&title=like.*Lighthouse*",
        "read films | select title,actors:roles(character,...actors(first_name,last_name)) | where title like '*Lighthouse*'")]
    public void Spreads(string url, string expected) => Assert.Equal(expected, Requests.Render(url));

    [Fact]
    public void Embedding_after_an_insert() => Assert.Equal(
        "insert films | select title,year,director:directors(first_name,last_name) | prefer return=representation | body json object: 1 row(s) [id,director_id,title,year,rating,language]",
        Requests.Render("/films?select=title,year,director:directors(first_name,last_name)", "POST",
            "{\"id\": 100, \"director_id\": 40, \"title\": \"127 hours\", \"year\": 2010, \"rating\": 7.6, \"language\": \"english\"}",
            ("Prefer", "return=representation")));
}
