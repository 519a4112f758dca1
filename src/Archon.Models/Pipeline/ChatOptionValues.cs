using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Archon.Models.Pipeline;

/// <summary>Reads Archon's values from <c>AdditionalProperties</c>, whatever numeric or JSON form they arrived in.</summary>
internal static class ChatOptionValues
{
    public static int GetInt(AdditionalPropertiesDictionary? props, string key, int defaultValue = 0)
    {
        if (props is null || !props.TryGetValue(key, out var value) || value is null)
        {
            return defaultValue;
        }

        return value switch
        {
            int i => i,
            long l => (int)l,
            JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var j) => j,
            string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) => k,
            IConvertible c => c.ToInt32(CultureInfo.InvariantCulture),
            _ => defaultValue,
        };
    }

    public static string? GetString(AdditionalPropertiesDictionary? props, string key)
    {
        if (props is null || !props.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }

    public static double GetDouble(AdditionalPropertiesDictionary? props, string key)
    {
        if (props is null || !props.TryGetValue(key, out var value) || value is null)
        {
            return 0;
        }

        return value switch
        {
            double d => d,
            JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
            IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
            _ => 0,
        };
    }

    public static bool GetBool(AdditionalPropertiesDictionary? props, string key) =>
        props is not null && props.TryGetValue(key, out var value) && value switch
        {
            bool b => b,
            JsonElement { ValueKind: JsonValueKind.True } => true,
            _ => false,
        };

    /// <summary>Rough token count of a text (4 characters a token), for limits and for servers that report no usage.</summary>
    public static long EstimateTokens(IEnumerable<ChatMessage> messages)
    {
        long chars = 0;
        var count = 0;
        foreach (var m in messages)
        {
            count++;
            foreach (var c in m.Contents)
            {
                if (c is TextContent t)
                {
                    chars += t.Text.Length;
                }
            }
        }

        return (chars / 4) + (4 * count) + 1;
    }

    public static long EstimateTokens(string text) => (text.Length / 4) + 1;
}
