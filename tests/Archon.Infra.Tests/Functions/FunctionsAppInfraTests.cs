using Archon.Infra.Tests.Support;

namespace Archon.Infra.Tests.Functions;

/// <summary>The function.json files of src/Archon.Functions, as they are at test time, against the infrastructure.</summary>
public class FunctionsAppInfraTests
{
    [FunctionsAppFact]
    public void FunctionBindings_UseOnlyQueuesContainersAndSettingsTheInfraProvides()
    {
        using var names = InfraFiles.StorageNamesJson();
        var root = names.RootElement;
        var suffix = root.GetProperty("poisonSuffix").GetString()!;
        var queues = root.GetProperty("queues").EnumerateArray().Select(q => q.GetString()!).ToList();
        var allQueues = queues.Concat(queues.Select(q => q + suffix)).ToList();
        string[] containers = [root.GetProperty("container").GetString()!];

        var problems = FunctionBindingRules.Check(FunctionDefinitions.Bindings(), allQueues, containers, InfraFiles.AppSettingNames());

        Assert.Empty(problems);
    }

    [FunctionsAppFact]
    public void HostJson_DeclaresACustomHandlerWithAnExtensionBundle()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.FunctionsApp, "host.json")));
        var hostJson = doc.RootElement;

        Assert.Equal("2.0", hostJson.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(hostJson.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString()));
        // Flex Consumption needs extension bundle 4.x or later for non-.NET-worker apps.
        Assert.StartsWith("[4.", hostJson.GetProperty("extensionBundle").GetProperty("version").GetString(), StringComparison.Ordinal);
    }
}
