namespace Basalt.Query.Request.Parsing;

/// <summary>Reads <c>Prefer</c> headers into <see cref="Preferences"/> (see there for the rules).</summary>
internal static class PreferParser
{
    public static Preferences Parse(IReadOnlyList<string> headers)
    {
        if (headers.Count == 0)
        {
            return Preferences.None;
        }
        PreferReturn? @return = null;
        PreferCount? count = null;
        PreferResolution? resolution = null;
        PreferMissing? missing = null;
        long? maxAffected = null;
        var maxAffectedSeen = false;
        PreferTransaction? transaction = null;
        PreferHandling? handling = null;
        string? timezone = null;
        var invalid = new List<string>();
        foreach (var header in headers)
        {
            foreach (var part in header.Split(','))
            {
                var token = part.Trim();
                switch (token)
                {
                    case "": break;
                    case "return=minimal": @return ??= PreferReturn.Minimal; break;
                    case "return=headers-only": @return ??= PreferReturn.HeadersOnly; break;
                    case "return=representation": @return ??= PreferReturn.Representation; break;
                    case "count=exact": count ??= PreferCount.Exact; break;
                    case "count=planned": count ??= PreferCount.Planned; break;
                    case "count=estimated": count ??= PreferCount.Estimated; break;
                    case "resolution=merge-duplicates": resolution ??= PreferResolution.MergeDuplicates; break;
                    case "resolution=ignore-duplicates": resolution ??= PreferResolution.IgnoreDuplicates; break;
                    case "missing=default": missing ??= PreferMissing.Default; break;
                    case "missing=null": missing ??= PreferMissing.Null; break;
                    case "tx=commit": transaction ??= PreferTransaction.Commit; break;
                    case "tx=rollback": transaction ??= PreferTransaction.Rollback; break;
                    case "handling=strict": handling ??= PreferHandling.Strict; break;
                    case "handling=lenient": handling ??= PreferHandling.Lenient; break;
                    default:
                        if (token.StartsWith("timezone=", StringComparison.Ordinal))
                        {
                            timezone ??= token["timezone=".Length..];
                        }
                        else if (token.StartsWith("max-affected=", StringComparison.Ordinal))
                        {
                            // Only the first max-affected counts, even when it is not a number (PostgREST drops it then).
                            if (!maxAffectedSeen && long.TryParse(token.AsSpan("max-affected=".Length), System.Globalization.NumberStyles.AllowLeadingSign, null, out var value))
                            {
                                maxAffected = value;
                            }
                            maxAffectedSeen = true;
                        }
                        else
                        {
                            invalid.Add(token);
                        }
                        break;
                }
            }
        }
        return new Preferences(@return, count, resolution, missing, maxAffected, transaction, handling, timezone, invalid);
    }
}
