using System.Text.Json;
using Archon.Infra.Tests.Support;
using Archon.Workflows.Storage;

namespace Archon.Infra.Tests.Infra;

/// <summary>Every queue (and its poison queue) and the container the app uses are created by the Bicep.</summary>
public class StorageInfraTests
{
    [Fact]
    public void StorageNamesJson_MatchesTheAppsStorageNames()
    {
        using var json = InfraFiles.StorageNamesJson();
        var root = json.RootElement;

        var queues = root.GetProperty("queues").EnumerateArray().Select(q => q.GetString()).ToList();

        Assert.Equal(StorageNames.Queues.Order(StringComparer.Ordinal), queues.Order(StringComparer.Ordinal));
        Assert.Equal(StorageNames.Container, root.GetProperty("container").GetString());
        Assert.Equal(StorageNames.PoisonSuffix, root.GetProperty("poisonSuffix").GetString());
    }

    [Fact]
    public void Main_PassesStorageNamesToTheStorageModule()
    {
        var main = InfraFiles.Main;

        Assert.Contains("var storageNames = loadJsonContent('storage-names.json')", main.Source, StringComparison.Ordinal);
        var storage = Assert.Single(main.Modules, m => m.Path == "modules/storage.bicep");
        Assert.Matches(@"queueNames:\s*storageNames\.queues", storage.Body);
        Assert.Matches(@"poisonSuffix:\s*storageNames\.poisonSuffix", storage.Body);
        Assert.Matches(@"containerNames:\s*\[[^\]]*storageNames\.container", storage.Body);
    }

    [Fact]
    public void StorageModule_CreatesEachQueueItsPoisonQueueAndEachContainer()
    {
        var resources = InfraFiles.Module("storage.bicep").Resources;

        var queues = resources.Where(r => r.Type == "Microsoft.Storage/storageAccounts/queueServices/queues").ToList();
        Assert.Contains(queues, r => r.Body.Contains("name: q\n", StringComparison.Ordinal));
        Assert.Contains(queues, r => r.Body.Contains("name: '${q}${poisonSuffix}'", StringComparison.Ordinal));
        var containers = Assert.Single(resources, r => r.Type == "Microsoft.Storage/storageAccounts/blobServices/containers");
        Assert.Contains("name: c\n", containers.Body, StringComparison.Ordinal);
        Assert.Contains("[for q in queueNames:", InfraFiles.Module("storage.bicep").Source, StringComparison.Ordinal);
        Assert.Contains("[for c in containerNames:", InfraFiles.Module("storage.bicep").Source, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageAccount_AllowsOnlyEntraIdAccess()
    {
        var account = Assert.Single(InfraFiles.Module("storage.bicep").Resources, r => r.Type == "Microsoft.Storage/storageAccounts");

        Assert.Contains("allowSharedKeyAccess: false", account.Body, StringComparison.Ordinal);
        Assert.Contains("allowBlobPublicAccess: false", account.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void FlexDeploymentContainer_IsCreatedAndUsedByTheFunctionApp()
    {
        var main = InfraFiles.Main;
        var storage = Assert.Single(main.Modules, m => m.Path == "modules/storage.bicep");
        var functionApp = Assert.Single(main.Modules, m => m.Path == "modules/functionapp.bicep");

        Assert.Contains("deploymentContainerName", storage.Body, StringComparison.Ordinal);
        Assert.Contains("deploymentContainerName: deploymentContainerName", functionApp.Body, StringComparison.Ordinal);
        Assert.Contains("value: '${storageBlobEndpoint}${deploymentContainerName}'", InfraFiles.FunctionApp.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageNames_StayClearOfTheDurableTaskHub()
    {
        // The Azure Storage backend names its queues and containers after the task hub; a trigger on one of its
        // queues would take the orchestrations' messages, and a shared container would mix results with leases.
        var hub = AppProject.TaskHubName();
        Assert.False(string.IsNullOrEmpty(hub), "src/Archon.Functions/host.json names no extensions.durableTask.hubName.");
        var prefix = hub.ToLowerInvariant() + "-";
        using var json = InfraFiles.StorageNamesJson();
        var root = json.RootElement;
        var queues = root.GetProperty("queues").EnumerateArray().Select(q => q.GetString()!).ToList();
        var container = root.GetProperty("container").GetString()!;

        Assert.All(queues, q => Assert.False(
            q.StartsWith(prefix + "control-", StringComparison.Ordinal) || q == prefix + "workitems",
            $"queue '{q}' is one the Durable task hub '{hub}' owns"));
        Assert.DoesNotContain(container, new[] { prefix + "leases", prefix + "applease", prefix + "largemessages" });
    }

    [Fact]
    public void StorageNamesJson_IsValidJsonWithNoExtraQueues()
    {
        using var json = InfraFiles.StorageNamesJson();

        var queues = json.RootElement.GetProperty("queues");

        Assert.Equal(JsonValueKind.Array, queues.ValueKind);
        Assert.Equal(queues.GetArrayLength(), queues.EnumerateArray().Select(q => q.GetString()).Distinct().Count());
    }
}
