using System.Text;

namespace Chronicle.Ingest;

/// <summary>Strict UTF-8 decoding and line numbers for error messages.</summary>
internal static class TextLines
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 (a leading byte-order mark is dropped); on failure gives the offset of the bad byte.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out int badByte)
    {
        int skip = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            text = StrictUtf8.GetString(bytes[skip..]);
            badByte = -1;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            badByte = skip + Math.Max(e.Index, 0);
            return false;
        }
    }

    /// <summary>1-based line number of a byte offset.</summary>
    public static int LineAt(ReadOnlySpan<byte> bytes, int offset) =>
        bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
