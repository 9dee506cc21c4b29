using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Ingest;

/// <summary>
/// Documents are keyed by their content, so the same page ingested twice is stored once. The key ignores
/// whitespace differences (trailing or doubled spaces, blank lines, non-breaking spaces): every run of
/// whitespace counts as one space.
/// </summary>
public static class DocumentIdentity
{
    /// <summary>Line endings and surrounding whitespace do not make a page new. The stored text is this form.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();

    /// <summary>The first 20 hex digits (80 bits) of the SHA-256 of the text with each whitespace run made one space.</summary>
    public static string IdOf(string normalizedText) => Hash(CollapseWhitespace(normalizedText));

    /// <summary>
    /// The key stores made before whitespace was ignored gave the same text (the hash of the normalized text as is);
    /// ingest looks it up too, so pages already in such a store are still recognised.
    /// </summary>
    public static string LegacyIdOf(string normalizedText) => Hash(normalizedText);

    internal static string CollapseWhitespace(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        bool inSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { inSpace = true; continue; }
            if (inSpace && collapsed.Length > 0) collapsed.Append(' ');
            inSpace = false;
            collapsed.Append(c);
        }
        return collapsed.ToString();
    }

    private static string Hash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..10]);
    }
}
