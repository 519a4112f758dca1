using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Archon.Search.Spaces;

/// <summary>
/// A forward pass over space JSON before it is parsed into a document: stops at the first array longer than
/// <see cref="SpaceLimits.MaxAxisValues"/>, naming its path, so a list of a million values is refused after reading
/// a thousand of them rather than after building a document of all of them.
/// </summary>
internal static class SpaceJsonGuard
{
    public static void Check(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var frames = new Stack<(string Path, bool IsArray, int Count)>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }

                var path = frames.Count == 0 ? "$" : frames.Peek().Path;
                if (frames.Count > 0 && frames.Peek().IsArray)
                {
                    var (arrayPath, _, count) = frames.Pop();
                    if (count + 1 > SpaceLimits.MaxAxisValues)
                    {
                        throw SearchSpaceException.For(arrayPath, string.Create(CultureInfo.InvariantCulture, $"lists at most {SpaceLimits.MaxAxisValues:N0} values"));
                    }

                    frames.Push((arrayPath, true, count + 1));
                    path = string.Create(CultureInfo.InvariantCulture, $"{arrayPath}[{count}]");
                }
                else if (frames.Count > 0)
                {
                    path = $"{path}.{property}";
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException ex)
        {
            throw new SearchSpaceException($"search space is not valid JSON: {ex.Message}", ex);
        }
    }
}
