namespace NegotiationDsl.Text;

/// <summary>Finds the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629).</summary>
internal static class Utf8Validator
{
    public static int FindFirstInvalidByte(byte[] bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            int length;
            int minimum;
            if (b >= 0xC2 && b <= 0xDF) { length = 2; minimum = 0x80; }
            else if (b >= 0xE0 && b <= 0xEF) { length = 3; minimum = 0x800; }
            else if (b >= 0xF0 && b <= 0xF4) { length = 4; minimum = 0x10000; }
            else return i;

            if (i + length > bytes.Length) return i;
            var codePoint = b & (0xFF >> (length + 1));
            for (var k = 1; k < length; k++)
            {
                var next = bytes[i + k];
                if ((next & 0xC0) != 0x80) return i;
                codePoint = (codePoint << 6) | (next & 0x3F);
            }

            if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) return i;
            i += length;
        }

        return -1;
    }
}
