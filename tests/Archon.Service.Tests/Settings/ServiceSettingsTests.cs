using System.Reflection;
using System.Text.Json;
using Archon.Service.Tests.Support;

namespace Archon.Service.Tests.Settings;

public sealed class ServiceSettingsTests
{
    [Fact]
    public void LocalSettingsSample_DocumentsEverySetting()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AzuriteFixture.RepoRoot, "local.settings.sample.json")));
        var values = doc.RootElement.GetProperty("Values");
        var names = typeof(ServiceSettings).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.True(
            values.TryGetProperty("_" + n, out var doc) && doc.GetString()!.Length > 10,
            $"local.settings.sample.json has no description '_{n}'"));
        Assert.Equal("custom", values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
    }
}
