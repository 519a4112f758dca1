using System.Text;
using System.Text.Json;

namespace Archon.Core.Architectures;

/// <summary>
/// Loads architecture configs written in the original Archon JSON format (including the legacy
/// <c>{"models": [ … ]}</c> layer form). Loading checks syntax, value kinds and key names; pass an
/// <see cref="ArchitectureValidationContext"/> to also run <see cref="ArchitectureValidator"/> and get every problem
/// in one list.
/// </summary>
public static class ArchitectureLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Loads the config file at <paramref name="path"/>.</summary>
    public static ArchitectureLoadResult LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return new ArchitectureLoadResult(
                null,
                [ArchitectureDiagnostic.Error(ArchitecturePaths.Root, $"Cannot read the config file '{path}': {ex.Message}")]);
        }

        return Parse(json, Path.GetFileName(path));
    }

    /// <summary>Loads the config file at <paramref name="path"/> and validates it against <paramref name="context"/>.</summary>
    public static ArchitectureLoadResult LoadFile(string path, ArchitectureValidationContext context) =>
        WithValidation(LoadFile(path), context);

    /// <summary>Parses config text; <paramref name="sourceName"/> names it in messages (e.g. the file name).</summary>
    public static ArchitectureLoadResult Parse(string json, string sourceName = "config")
    {
        ArgumentNullException.ThrowIfNull(json);
        var diagnostics = new List<ArchitectureDiagnostic>();
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            var architecture = new ArchitectureJsonReader(diagnostics).Read(document.RootElement);
            return new ArchitectureLoadResult(architecture, diagnostics);
        }
        catch (JsonException ex)
        {
            diagnostics.Add(ArchitectureDiagnostic.Error(ArchitecturePaths.Root, SyntaxMessage(json, sourceName, ex)));
            return new ArchitectureLoadResult(null, diagnostics);
        }
    }

    /// <summary>Parses config text and validates it against <paramref name="context"/>.</summary>
    public static ArchitectureLoadResult Parse(string json, string sourceName, ArchitectureValidationContext context) =>
        WithValidation(Parse(json, sourceName), context);

    private static ArchitectureLoadResult WithValidation(ArchitectureLoadResult loaded, ArchitectureValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (loaded.Architecture is null)
        {
            return loaded;
        }

        // A value the loader already rejected was replaced by its default: do not report it a second time.
        var rejected = loaded.Diagnostics.Where(d => d.IsError).Select(d => d.Path).ToList();
        var validation = ArchitectureValidator.Validate(loaded.Architecture, context)
            .Where(d => !rejected.Any(path => ArchitecturePaths.IsWithin(d.Path, path)));
        return loaded with { Diagnostics = [.. loaded.Diagnostics, .. validation] };
    }

    private static string SyntaxMessage(string json, string sourceName, JsonException ex)
    {
        var line = (int)(ex.LineNumber ?? 0);
        var bytes = (int)(ex.BytePositionInLine ?? 0);
        var column = CharacterColumn(json, line, bytes) + 1;
        var reason = ex.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        }

        reason = (cut >= 0 ? reason[..cut] : reason).Trim().TrimEnd('.', ' ');
        return $"{sourceName} is not valid JSON: line {line + 1}, column {column}: {reason}.";
    }

    /// <summary>Converts the parser's byte offset within a line into a character offset.</summary>
    private static int CharacterColumn(string json, int line, int byteOffset)
    {
        var lines = json.Split('\n');
        if (line >= lines.Length)
        {
            return byteOffset;
        }

        var bytes = Encoding.UTF8.GetBytes(lines[line]);
        var length = Math.Min(byteOffset, bytes.Length);
        return Encoding.UTF8.GetCharCount(bytes, 0, length);
    }
}
