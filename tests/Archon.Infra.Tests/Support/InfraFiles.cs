using System.Text.Json;
using System.Text.RegularExpressions;
using Archon.Infra.Tests.Bicep;

namespace Archon.Infra.Tests.Support;

/// <summary>The infrastructure files as the tests see them.</summary>
internal static partial class InfraFiles
{
    public static BicepFile Main => BicepFile.Load(RepoPaths.MainBicep);

    public static BicepFile Module(string name) => BicepFile.Load(Path.Combine(RepoPaths.Infra, "modules", name));

    public static BicepFile FunctionApp => Module("functionapp.bicep");

    /// <summary>Every .bicep file under infra/, relative to the repository root.</summary>
    public static IReadOnlyList<string> AllBicepFiles() =>
        [.. Directory.GetFiles(RepoPaths.Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>Names of the app settings the Function App gets (the <c>appSettings</c> object of functionapp.bicep).</summary>
    public static IReadOnlyList<string> AppSettingNames() => FunctionApp.VariableObjectKeys("appSettings");

    /// <summary>The raw value expression of one app setting in functionapp.bicep.</summary>
    public static string AppSettingValue(string name)
    {
        var m = Regex.Match(FunctionApp.Source, $@"^\s*{Regex.Escape(name)}\s*:\s*(.+)$", RegexOptions.Multiline);
        return m.Success ? m.Groups[1].Value.Trim() : throw new KeyNotFoundException(name);
    }

    /// <summary>
    /// The worker runtime the Function App runs (<c>functionAppConfig.runtime</c> in functionapp.bicep, given as the
    /// <c>runtime</c> variable), or null when functionAppConfig does not use that variable.
    /// </summary>
    public static (string Name, string Version)? FunctionAppRuntime()
    {
        var source = FunctionApp.Source;
        var variable = Regex.Match(source, @"^var runtime = \{\s*name:\s*'([^']*)'\s*version:\s*'([^']*)'\s*\}", RegexOptions.Multiline);
        var used = Regex.IsMatch(source, @"functionAppConfig:\s*\{[\s\S]*^\s*runtime:\s*runtime\s*$", RegexOptions.Multiline);
        return variable.Success && used ? (variable.Groups[1].Value, variable.Groups[2].Value) : null;
    }

    public static JsonDocument StorageNamesJson() => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Infra, "storage-names.json")));

    /// <summary>The <c>roles</c> variable of main.bicep: role name to role definition GUID.</summary>
    public static IReadOnlyDictionary<string, string> RoleIds()
    {
        var main = Main;
        var keys = main.VariableObjectKeys("roles");
        return keys.ToDictionary(
            k => k,
            k => RoleLineRegex(k).Match(main.Source) is { Success: true } m ? m.Groups[1].Value : throw new KeyNotFoundException(k));
    }

    private static Regex RoleLineRegex(string key) => new($@"^\s*{Regex.Escape(key)}\s*:\s*'([0-9a-fA-F-]{{36}})'", RegexOptions.Multiline);
}
