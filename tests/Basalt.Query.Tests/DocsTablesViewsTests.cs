namespace Basalt.Query.Tests;

/// <summary>
/// Every example URL of PostgREST's "Tables and Views" page
/// (https://docs.postgrest.org/en/latest/references/api/tables_views.html), parsed to the exact request tree.
/// </summary>
public sealed class DocsTablesViewsTests
{
    [Theory]
    [InlineData("/people", "read people | select *")]
    [InlineData("/people?age=lt.13", "read people | select * | where age lt '13'")]
    [InlineData("/people?age=gte.18&student=is.true", "read people | select * | where age gte '18' and student is true")]
    [InlineData("/people?or=(age.lt.18,age.gt.21)", "read people | select * | where or(age lt '18', age gt '21')")]
    [InlineData("/people?a=not.eq.2", "read people | select * | where not a eq '2'")]
    [InlineData("/people?not.and=(a.gte.0,a.lte.100)", "read people | select * | where not and(a gte '0', a lte '100')")]
    [InlineData("/people?grade=gte.90&student=is.true&or=(age.eq.14,not.and(age.gte.11,age.lte.17))",
        "read people | select * | where grade gte '90' and student is true and or(age eq '14', not and(age gte '11', age lte '17'))")]
    [InlineData("/survey?or=(age_range.adj.\"[18,21)\",age_range.cs.\"[30,35]\")",
        "read survey | select * | where or(age_range adj '[18,21)', age_range cs '[30,35]')")]
    [InlineData("/people?last_name=like(any).{O*,P*}", "read people | select * | where last_name like(any) {'O*','P*'}")]
    [InlineData("/people?last_name=like(all).{O*,*n}", "read people | select * | where last_name like(all) {'O*','*n'}")]
    [InlineData("/fresh_stories", "read fresh_stories | select *")]
    public void Horizontal_filtering(string url, string expected) => Assert.Equal(expected, Requests.Render(url));

    [Theory]
    [InlineData("/people?my_tsv=fts(french).amusant", "my_tsv fts(french) 'amusant'")]
    [InlineData("/people?my_tsv=plfts.The%20Fat%20Cats", "my_tsv plfts 'The Fat Cats'")]
    [InlineData("/people?my_tsv=not.phfts(english).The%20Fat%20Cats", "not my_tsv phfts(english) 'The Fat Cats'")]
    [InlineData("/people?my_tsv=not.wfts(french).amusant", "not my_tsv wfts(french) 'amusant'")]
    [InlineData("/people?my_text_column=fts(french).amusant", "my_text_column fts(french) 'amusant'")]
    [InlineData("/people?my_json_column=not.phfts(english).The%20Fat%20Cats", "not my_json_column phfts(english) 'The Fat Cats'")]
    public void Full_text_search(string url, string expected) => Assert.Equal(expected, Requests.Where(url));

    [Theory]
    [InlineData("/people?select=first_name,age", "read people | select first_name,age")]
    [InlineData("/people?select=fullName:full_name,birthDate:birth_date", "read people | select fullName:full_name,birthDate:birth_date")]
    [InlineData("/people?select=id,json_data->>blood_type,json_data->phones", "read people | select id,json_data->>'blood_type',json_data->'phones'")]
    [InlineData("/people?select=id,json_data->phones->0->>number", "read people | select id,json_data->'phones'->0->>'number'")]
    [InlineData("/people?select=id,json_data->blood_type&json_data->>blood_type=eq.A-",
        "read people | select id,json_data->'blood_type' | where json_data->>'blood_type' eq 'A-'")]
    [InlineData("/people?select=id,json_data->age&json_data->age=gt.20", "read people | select id,json_data->'age' | where json_data->'age' gt '20'")]
    [InlineData("/people?select=id,json_data->age&order=json_data->>age.desc", "read people | select id,json_data->'age' | order json_data->>'age' desc")]
    [InlineData("/countries?select=id,location->>lat,location->>long,primary_language:languages->0&location->lat=gte.19",
        "read countries | select id,location->>'lat',location->>'long',primary_language:languages->0 | where location->'lat' gte '19'")]
    [InlineData("/people?select=full_name,salary::text", "read people | select full_name,salary::text")]
    public void Vertical_filtering(string url, string expected) => Assert.Equal(expected, Requests.Render(url));

    [Theory]
    [InlineData("/people?order=age.desc,height.asc", "read people | select * | order age desc, height asc")]
    [InlineData("/people?order=age", "read people | select * | order age")]
    [InlineData("/people?order=age.nullsfirst", "read people | select * | order age nullsfirst")]
    [InlineData("/people?order=age.desc.nullslast", "read people | select * | order age desc nullslast")]
    [InlineData("/countries?order=location->>lat", "read countries | select * | order location->>'lat'")]
    [InlineData("/employees?salary=eq.36000", "read employees | select * | where salary eq '36000'")]
    public void Ordering(string url, string expected) => Assert.Equal(expected, Requests.Render(url));

    [Fact]
    public void Insert_one_row() => Assert.Equal("insert table_name | select * | body json object: 1 row(s) [col1,col2]",
        Requests.Render("/table_name", "POST", "{ \"col1\": \"value1\", \"col2\": \"value2\" }", ("Content-Type", "application/json")));

    [Fact]
    public void Insert_form_urlencoded() => Assert.Equal("insert people | select * | body [name,age,weight] ('John Doe','50','80')",
        Requests.Render("/people", "POST", "name=John+Doe&age=50&weight=80", ("Content-Type", "application/x-www-form-urlencoded")));

    [Fact]
    public void Bulk_insert_csv() => Assert.Equal("insert people | select * | body [name,age,height] ('J Doe','62','70') ('Jonas','10','55')",
        Requests.Render("/people", "POST", "name,age,height\nJ Doe,62,70\nJonas,10,55\n", ("Content-Type", "text/csv")));

    [Fact]
    public void Bulk_insert_json() => Assert.Equal("insert people | select * | body json array of 2 row(s) [name,age,height]",
        Requests.Render("/people", "POST", "[\n  { \"name\": \"J Doe\", \"age\": 62, \"height\": 70 },\n  { \"name\": \"Janus\", \"age\": 10, \"height\": 55 }\n]",
            ("Content-Type", "application/json")));

    [Fact]
    public void Insert_with_specified_columns() => Assert.Equal(
        "insert datasets | select * | columns source,publication_date,figure | body json object: 1 row(s) [source,publication_date,figure,location,comment]",
        Requests.Render("/datasets?columns=source,publication_date,figure", "POST",
            "{\"source\": \"Natural Disaster\", \"publication_date\": \"2015-09-11\", \"figure\": 1100, \"location\": \"...\", \"comment\": \"...\"}"));

    [Fact]
    public void Update() => Assert.Equal("update people | select * | where age lt '13' | body json object: 1 row(s) [category]",
        Requests.Render("/people?age=lt.13", "PATCH", "{ \"category\": \"child\" }", ("Content-Type", "application/json")));

    [Fact]
    public void Upsert_with_merge_duplicates() => Assert.Equal(
        "insert products | select * | prefer resolution=merge-duplicates | body json array of 3 row(s) [sku,name,price]",
        Requests.Render("/products", "POST",
            "[{ \"sku\": \"CL2031\", \"name\": \"Existing T-shirt\", \"price\": 35 },{ \"sku\": \"CL2040\", \"name\": \"Existing Hoodie\", \"price\": 60 },{ \"sku\": \"AC1022\", \"name\": \"New Cap\", \"price\": 30 }]",
            ("Content-Type", "application/json"), ("Prefer", "resolution=merge-duplicates")));

    [Fact]
    public void Upsert_with_missing_default_and_columns() => Assert.Equal(
        "insert employees | select * | columns id,name,salary | prefer resolution=merge-duplicates, missing=default | body json array of 3 row(s) [id,name,salary]",
        Requests.Render("/employees?columns=id,name,salary", "POST",
            "[{ \"id\": 1, \"name\": \"Existing employee 1\", \"salary\": 30000 },{ \"id\": 2, \"name\": \"Existing employee 2\", \"salary\": 42000 },{ \"name\": \"New employee 3\", \"salary\": 50000 }]",
            ("Content-Type", "application/json"), ("Prefer", "resolution=merge-duplicates, missing=default")));

    [Fact]
    public void Upsert_on_conflict() => Assert.Equal(
        "insert employees | select * | on_conflict name | prefer resolution=merge-duplicates | body json array of 1 row(s) [name,salary]",
        Requests.Render("/employees?on_conflict=name", "POST", "[{ \"name\": \"Old employee 1\", \"salary\": 40000 }]",
            ("Content-Type", "application/json"), ("Prefer", "resolution=merge-duplicates")));

    [Fact]
    public void Put_upserts_one_row() => Assert.Equal("upsert employees | select * | where id eq '4' | body json object: 1 row(s) [id,name,salary]",
        Requests.Render("/employees?id=eq.4", "PUT", "{ \"id\": 4, \"name\": \"Sara B.\", \"salary\": 60000 }", ("Content-Type", "application/json")));

    [Fact]
    public void Delete() => Assert.Equal("delete user | select * | where active is false", Requests.Render("/user?active=is.false", "DELETE"));

    [Fact]
    public void Delete_returning_representation() => Assert.Equal("delete user | select * | where id eq '1' | prefer return=representation",
        Requests.Render("/user?id=eq.1", "DELETE", null, ("Prefer", "return=representation")));

    [Fact]
    public void Head_is_a_read_without_body() => Assert.Equal("read (head) people | select * | where age lt '13'", Requests.Render("/people?age=lt.13", "HEAD"));
}
