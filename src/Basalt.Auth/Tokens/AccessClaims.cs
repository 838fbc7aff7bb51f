using System.Text.Json;

namespace Basalt.Auth.Tokens;

/// <summary>
/// What a verified token says about its bearer: the <c>role</c> claim (<see cref="AccessTokenValidator.AnonRole"/>
/// when the token has none, as PostgREST falls back to its anonymous role), the <c>sub</c> claim, and the whole
/// payload for policies that read other claims.
/// </summary>
public sealed record AccessClaims(string Role, string? Subject, JsonElement Payload);
