namespace Basalt.Rest;

/// <summary>
/// The one schema <c>/rest/v1</c> exposes. PostgREST names tables by schema in its errors (<c>'public.posts'</c>) and
/// negotiates schemas with <c>Accept-Profile</c>/<c>Content-Profile</c>; Basalt serves the spec's tables as <c>public</c>.
/// </summary>
public static class RestSchema
{
    public const string Name = "public";
}
