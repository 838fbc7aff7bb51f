using Basalt.Spec.Loading.Nodes;
using Basalt.Spec.Loading.Reading;
using Basalt.Spec.Settings;

namespace Basalt.Spec.Loading.Sections;

/// <summary>
/// Reads <c>auth.jwt.signing_keys</c>: a list of <c>{ kid, alg, status, private_key | private_key_file }</c>. Each key is
/// imported here (<see cref="SigningKeyPem"/>) so a wrong one fails the load with its position, not the first sign-in.
/// The PEM is never quoted in a message, whatever went wrong with it.
/// </summary>
internal static class SigningKeysReader
{
    public static IReadOnlyList<string> Statuses { get; } = ["current", "standby", "previous"];

    public static IReadOnlyList<SigningKeySettings> Read(LoadContext context, SpecNode? node, string path)
    {
        if (node is SpecScalar { IsNull: false, ExpansionFailed: false } scalar)
        {
            // Not context.List: its message quotes the scalar, which may be a PEM put in the wrong place.
            context.Error(scalar, path, "expected a list of signing keys, found a single value");
            return [];
        }
        if (context.List(node, path) is not { } list)
        {
            return [];
        }
        var keys = new List<SigningKeySettings>();
        string? current = null;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var itemPath = SpecPath.Item(path, i);
            if (list.Items[i] is SpecScalar { IsNull: false, ExpansionFailed: false } single)
            {
                context.Error(single, itemPath, "expected a signing key { kid, alg, status, private_key }, found a single value");
                continue;
            }
            if (context.RequiredSection(list.Items[i], itemPath, SpecKeys.SigningKey) is not { } map)
            {
                continue;
            }
            var kidPath = SpecPath.Key(itemPath, "kid");
            var kid = KeyId(context, map, itemPath, kidPath);
            if (kid is not null && keys.Any(k => k.KeyId == kid))
            {
                context.Error(map["kid"]!, kidPath, $"kid '{kid}' is used by two signing keys; each key needs its own");
                kid = null;
            }
            context.Require(map, itemPath, "alg");
            var algorithm = context.Choice(map["alg"], SpecPath.Key(itemPath, "alg"), "signing algorithm", SigningKeySettings.Algorithms);
            context.Require(map, itemPath, "status");
            var statusPath = SpecPath.Key(itemPath, "status");
            var status = context.Choice(map["status"], statusPath, "signing key status", Statuses) switch
            {
                "current" => SigningKeyStatus.Current,
                "standby" => SigningKeyStatus.Standby,
                "previous" => SigningKeyStatus.Previous,
                _ => (SigningKeyStatus?)null,
            };
            if (status == SigningKeyStatus.Current)
            {
                if (current is not null)
                {
                    context.Error(map["status"]!, statusPath, $"only one signing key can be current and '{current}' already is; make this one standby or previous");
                }
                current ??= kid ?? "";
            }
            var pem = PrivateKey(context, map, itemPath, algorithm);
            if (kid is not null && algorithm is not null && status is { } state && pem is not null)
            {
                keys.Add(new SigningKeySettings(kid, algorithm, state, pem));
            }
        }
        return keys;
    }

    private static string? KeyId(LoadContext context, SpecMap map, string itemPath, string kidPath)
    {
        if (!context.Require(map, itemPath, "kid", "; generate a key and its kid with: basalt jwt keygen") ||
            context.String(map["kid"], kidPath) is not { } kid)
        {
            return null;
        }
        if (!SigningKeySettings.IsValidKeyId(kid))
        {
            var shown = kid.Length > SigningKeySettings.MaxKeyIdLength ? kid[..SigningKeySettings.MaxKeyIdLength] + "…" : kid;
            context.Error(map["kid"]!, kidPath, $"invalid kid '{shown}'; {SigningKeySettings.KeyIdRule}");
            return null;
        }
        return kid;
    }

    /// <summary>The PEM from <c>private_key</c> (usually <c>${VAR}</c>) or from <c>private_key_file</c>, relative to the spec.</summary>
    private static string? PrivateKey(LoadContext context, SpecMap map, string itemPath, string? algorithm)
    {
        var inline = map["private_key"];
        var file = map["private_key_file"];
        if (inline is not null && file is not null)
        {
            context.Error(map.KeyNode("private_key_file")!, SpecPath.Key(itemPath, "private_key_file"), "set private_key or private_key_file, not both");
            return null;
        }
        if (inline is null && file is null)
        {
            context.Error(map, itemPath, "missing required key 'private_key' (a PEM, usually ${VARIABLE}) or 'private_key_file'");
            return null;
        }
        string pem;
        SpecNode at;
        string keyPath;
        if (inline is not null)
        {
            (at, keyPath) = (inline, SpecPath.Key(itemPath, "private_key"));
            if (Text(context, inline, keyPath) is not { } text)
            {
                return null;
            }
            pem = text;
        }
        else
        {
            (at, keyPath) = (file!, SpecPath.Key(itemPath, "private_key_file"));
            if (context.String(at, keyPath) is not { Length: > 0 } name)
            {
                if (at is SpecScalar { ExpansionFailed: false })
                {
                    context.Error(at, keyPath, "expected a path to a PEM file, found nothing");
                }
                return null;
            }
            if (name.Contains('\n', StringComparison.Ordinal) || name.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                context.Error(at, keyPath, "private_key_file holds a PEM, not a path; put the PEM in private_key instead");
                return null;
            }
            if (ReadFile(context, name) is not { } text)
            {
                context.Error(at, keyPath, $"cannot read the key file '{name}'");
                return null;
            }
            pem = text;
        }
        if (algorithm is null)
        {
            return null;
        }
        using var key = SigningKeyPem.Import(algorithm, pem, out var problem);
        if (problem is not null)
        {
            context.Error(at, keyPath, problem);
            return null;
        }
        return pem;
    }

    /// <summary>The scalar's text; never echoed, unlike <see cref="LoadContext.String"/>'s messages.</summary>
    private static string? Text(LoadContext context, SpecNode node, string path)
    {
        switch (node)
        {
            case SpecScalar { ExpansionFailed: true }:
                return null;
            case SpecScalar { Value.Length: > 0 } scalar when !scalar.IsNull:
                return scalar.Value;
            case SpecScalar:
                context.Error(node, path, "the private key is empty; set its environment variable to the PEM (see basalt jwt keygen)");
                return null;
            default:
                context.Error(node, path, $"expected the PEM of a private key, found {node.Describe()}");
                return null;
        }
    }

    private static string? ReadFile(LoadContext context, string name)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(context.File)) ?? ".";
            return File.ReadAllText(Path.Combine(directory, name));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
