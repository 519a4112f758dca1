using System.Globalization;
using Archon.Core.Text;

namespace Archon.Core.Architectures;

/// <summary>JSON paths of the parts of a config, as used in diagnostics.</summary>
internal static class ArchitecturePaths
{
    public const string Root = "$";

    /// <summary>
    /// Dot notation for plain keys, bracket notation (<c>['a b']</c>) for any other key; a key longer than
    /// <see cref="ClippedText.MaxLength"/> is quoted clipped, so a diagnostic about it stays short.
    /// </summary>
    public static string Key(string parent, string key) =>
        key.Length is > 0 and <= ClippedText.MaxLength && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{parent}.{key}"
            : $"{parent}['{ClippedText.Clip(key).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    public static string Layer(int layer) => Index(Key(Root, ConfigKeys.Layers), layer);

    /// <summary>The component's path; legacy layers put components under <c>.models</c>.</summary>
    public static string Component(int layer, int component, bool legacyForm) =>
        Index(legacyForm ? Key(Layer(layer), ConfigKeys.Models) : Layer(layer), component);

    /// <summary>True when <paramref name="path"/> is <paramref name="ancestor"/> or lies inside it.</summary>
    public static bool IsWithin(string path, string ancestor) =>
        path == ancestor
        || (path.StartsWith(ancestor, StringComparison.Ordinal)
            && path.Length > ancestor.Length
            && path[ancestor.Length] is '.' or '[');
}
