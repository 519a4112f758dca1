using System.Globalization;

namespace Archon.Workflows.Settings;

/// <summary>
/// Checks of one setting's value. Messages name the setting as it is written in the environment and app settings
/// (<c>Archon__X</c>), and the rule.
/// </summary>
internal static class SettingRule
{
    public const string Section = "Archon";

    /// <summary>The setting's name as an environment variable / app setting.</summary>
    public static string Name(string property) => $"{Section}__{property}";

    public static string? Range(string property, double value, double min, double max) =>
        value >= min && value <= max
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{Name(property)} must be a number from {min} to {max} (got {value}).");
}
