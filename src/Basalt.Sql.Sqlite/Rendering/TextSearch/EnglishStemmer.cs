using System.Text;

namespace Basalt.Sql.Sqlite.Rendering.TextSearch;

/// <summary>
/// The Porter2 ("english" Snowball) stemmer that PostgreSQL's <c>english</c> text search configuration uses, written
/// from the algorithm's published description (https://snowballstem.org/algorithms/english/stemmer.html).
/// Input is one lower-case word of letters.
/// </summary>
internal static class EnglishStemmer
{
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie", ["idly"] = "idl",
        ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> AfterStep1a = ["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"];

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"), ("tional", "tion"),
        ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"),
        ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("izer", "ize"), ("ator", "ate"),
        ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
        ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic"];

    public static string Stem(string word)
    {
        if (word.Length <= 2)
        {
            return word;
        }
        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }
        var w = new StringBuilder(word.StartsWith('\'') ? word[1..] : word);
        MarkY(w);
        var r1 = R1(w);
        var r2 = NextRegion(w, r1);
        Step0(w);
        Step1a(w);
        if (AfterStep1a.Contains(w.ToString()))
        {
            return w.ToString();
        }
        Step1b(w, r1);
        Step1c(w);
        Replace(w, Step2Rules, r1, (suffix, stem) => suffix switch
        {
            "ogi" => stem.EndsWith('l'),
            "li" => stem.Length > 0 && "cdeghkmnrt".Contains(stem[^1], StringComparison.Ordinal),
            _ => true,
        });
        Replace(w, Step3Rules, r1, (suffix, _) => suffix != "ative" || w.Length - suffix.Length >= r2);
        Step4(w, r2);
        Step5(w, r1, r2);
        return w.ToString().Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>An initial y, and a y after a vowel, are consonants: written Y until the end.</summary>
    private static void MarkY(StringBuilder w)
    {
        if (w.Length > 0 && w[0] == 'y')
        {
            w[0] = 'Y';
        }
        for (var i = 1; i < w.Length; i++)
        {
            if (w[i] == 'y' && IsVowel(w[i - 1]))
            {
                w[i] = 'Y';
            }
        }
    }

    private static int R1(StringBuilder w)
    {
        var text = w.ToString();
        foreach (var prefix in new[] { "gener", "commun", "arsen" })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefix.Length;
            }
        }
        return NextRegion(w, 0);
    }

    /// <summary>The region after the first non-vowel following a vowel, from <paramref name="start"/>.</summary>
    private static int NextRegion(StringBuilder w, int start)
    {
        for (var i = start + 1; i < w.Length; i++)
        {
            if (!IsVowel(w[i]) && IsVowel(w[i - 1]))
            {
                return i + 1;
            }
        }
        return w.Length;
    }

    private static bool Ends(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length)
        {
            return false;
        }
        for (var i = 0; i < suffix.Length; i++)
        {
            if (w[w.Length - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }
        return true;
    }

    private static void Step0(StringBuilder w)
    {
        foreach (var suffix in new[] { "'s'", "'s", "'" })
        {
            if (Ends(w, suffix))
            {
                w.Length -= suffix.Length;
                return;
            }
        }
    }

    private static void Step1a(StringBuilder w)
    {
        if (Ends(w, "sses"))
        {
            w.Length -= 2;
        }
        else if (Ends(w, "ied") || Ends(w, "ies"))
        {
            w.Length -= 3;
            w.Append(w.Length > 1 ? "i" : "ie");
        }
        else if (Ends(w, "us") || Ends(w, "ss"))
        {
        }
        else if (Ends(w, "s"))
        {
            // Deleted when a vowel comes before, not immediately before the s.
            for (var i = 0; i < w.Length - 2; i++)
            {
                if (IsVowel(w[i]))
                {
                    w.Length -= 1;
                    return;
                }
            }
        }
    }

    private static void Step1b(StringBuilder w, int r1)
    {
        foreach (var suffix in new[] { "eedly", "eed" })
        {
            if (Ends(w, suffix))
            {
                if (w.Length - suffix.Length >= r1)
                {
                    w.Length -= suffix.Length;
                    w.Append("ee");
                }
                return;
            }
        }
        foreach (var suffix in new[] { "ingly", "edly", "ing", "ed" })
        {
            if (!Ends(w, suffix))
            {
                continue;
            }
            var stem = w.Length - suffix.Length;
            if (!Enumerable.Range(0, stem).Any(i => IsVowel(w[i])))
            {
                return;
            }
            w.Length = stem;
            if (Ends(w, "at") || Ends(w, "bl") || Ends(w, "iz"))
            {
                w.Append('e');
            }
            else if (w.Length >= 2 && w[^1] == w[^2] && "bdfgmnprt".Contains(w[^1], StringComparison.Ordinal))
            {
                w.Length -= 1;
            }
            else if (IsShort(w, R1(w)))
            {
                w.Append('e');
            }
            return;
        }
    }

    private static void Step1c(StringBuilder w)
    {
        if (w.Length > 2 && (w[^1] == 'y' || w[^1] == 'Y') && !IsVowel(w[^2]))
        {
            w[^1] = 'i';
        }
    }

    /// <summary>The longest matching suffix is the only candidate; it is replaced when it lies in the region and passes the check.</summary>
    private static void Replace(StringBuilder w, (string Suffix, string Replacement)[] rules, int region, Func<string, string, bool> allowed)
    {
        foreach (var (suffix, replacement) in rules.OrderByDescending(r => r.Suffix.Length))
        {
            if (!Ends(w, suffix))
            {
                continue;
            }
            var stem = w.ToString(0, w.Length - suffix.Length);
            if (w.Length - suffix.Length >= region && allowed(suffix, stem))
            {
                w.Length -= suffix.Length;
                w.Append(replacement);
            }
            return;
        }
    }

    private static void Step4(StringBuilder w, int r2)
    {
        foreach (var suffix in Step4Suffixes.OrderByDescending(s => s.Length))
        {
            if (!Ends(w, suffix))
            {
                continue;
            }
            var stem = w.Length - suffix.Length;
            if (stem >= r2 && (suffix != "ion" || (stem > 0 && w[stem - 1] is 's' or 't')))
            {
                w.Length = stem;
            }
            return;
        }
    }

    private static void Step5(StringBuilder w, int r1, int r2)
    {
        if (Ends(w, "e"))
        {
            var stem = w.Length - 1;
            if (stem >= r2 || (stem >= r1 && !EndsInShortSyllable(w, stem)))
            {
                w.Length = stem;
            }
        }
        else if (Ends(w, "l") && w.Length - 1 >= r2 && w.Length >= 2 && w[^2] == 'l')
        {
            w.Length -= 1;
        }
    }

    private static bool IsShort(StringBuilder w, int r1) => r1 >= w.Length && EndsInShortSyllable(w, w.Length);

    /// <summary>
    /// Whether <c>w[..end]</c> ends in a short syllable: non-vowel, vowel, non-vowel other than w, x or Y; or, at the
    /// start of the word, vowel then non-vowel.
    /// </summary>
    private static bool EndsInShortSyllable(StringBuilder w, int end)
    {
        if (end == 2)
        {
            return IsVowel(w[0]) && !IsVowel(w[1]);
        }
        if (end < 3)
        {
            return false;
        }
        var (a, b, c) = (w[end - 3], w[end - 2], w[end - 1]);
        return !IsVowel(a) && IsVowel(b) && !IsVowel(c) && c is not ('w' or 'x' or 'Y');
    }
}
