namespace Archon.Models.Simulation;

/// <summary>How a simulated model streams: one word (with the whitespace after it) per update.</summary>
internal static class SimStream
{
    /// <summary>The words of <paramref name="text"/>, each with its trailing whitespace; they concatenate back to the text.</summary>
    public static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            pieces.Add(text[start..i]);
            start = i;
        }

        return pieces;
    }

    /// <summary>
    /// When piece <paramref name="index"/> of <paramref name="count"/> is due: the latency spread evenly over the
    /// pieces, so the whole stream takes the model's latency, as a non-streamed reply does.
    /// </summary>
    public static TimeSpan DueAfter(TimeSpan latency, int index, int count) =>
        count == 0 ? latency : latency * (index + 1) / count;
}
