using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Ingest;

/// <summary>Documents are keyed by their content, so the same page ingested twice is stored once.</summary>
public static class DocumentIdentity
{
    /// <summary>Line endings and surrounding whitespace do not make a page new.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();

    /// <summary>The first 20 hex digits (80 bits) of the SHA-256 of the normalized UTF-8 text.</summary>
    public static string IdOf(string normalizedText)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText), hash);
        return Convert.ToHexStringLower(hash[..10]);
    }
}
