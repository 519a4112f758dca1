using System.Reflection;
using System.Text.Json;
using Archon.Service.Tests.Support;
using Archon.Workflows;
using Archon.Workflows.Hosting;
using Archon.Workflows.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service.Tests.Functions;

/// <summary>
/// The Functions app's build output is what the host needs (functions.metadata, extensions.json, host.json), and its
/// functions are the same API and the same orchestrations as <c>archon serve</c>'s.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionAppTests(AzuriteFixture azurite)
{
    private static readonly string Output = Path.Combine(
        AzuriteFixture.RepoRoot, "src", "Archon.Functions", "bin",
        Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar))!)!, "net10.0");

    [Fact]
    public void HostJson_PutsTheTaskHubOnTheAppStorageAndKeepsTheQueueSettings()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "host.json")));
        var root = doc.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.False(root.TryGetProperty("customHandler", out _));
        var durable = root.GetProperty("extensions").GetProperty("durableTask");
        Assert.Equal("archon", durable.GetProperty("hubName").GetString());
        Assert.Equal("AzureStorage", durable.GetProperty("storageProvider").GetProperty("type").GetString());
        Assert.Equal(ServiceSettings.Storage, durable.GetProperty("storageProvider").GetProperty("connectionName").GetString());
        var queues = root.GetProperty("extensions").GetProperty("queues");
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
        Assert.Equal("api", root.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void ExtensionsJson_LoadsTheDurableTaskAndStorageQueueExtensions()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "extensions.json")));
        var names = doc.RootElement.GetProperty("extensions").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();

        Assert.Contains("DurableTask", names);
        Assert.Contains("AzureStorageQueues", names);
        Assert.True(File.Exists(Path.Combine(Output, ".azurefunctions", "Microsoft.Azure.WebJobs.Extensions.DurableTask.dll")));
        Assert.True(File.Exists(Path.Combine(Output, "worker.config.json")));
        Assert.True(File.Exists(Path.Combine(Output, "example-architectures", "single-model.json")), "the example architectures are not next to the app");
    }

    [Fact]
    public async Task FunctionsMetadata_HttpFunctionsAreExactlyTheStandaloneRoutes()
    {
        await using var host = await TestHost.StartAsync(azurite);
        var standalone = host.App.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        var functions = Functions()
            .Select(f => f.Trigger)
            .Where(t => t.GetProperty("type").GetString() == "httpTrigger")
            .SelectMany(t =>
            {
                Assert.Equal("Function", t.GetProperty("authLevel").GetString());
                return t.GetProperty("methods").EnumerateArray().Select(m => $"{m.GetString()!.ToUpperInvariant()} /api/{t.GetProperty("route").GetString()}");
            })
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(standalone, functions);
    }

    [Fact]
    public void FunctionsMetadata_OrchestrationsAndActivitiesAreExactlyTheRegisteredWorkflows()
    {
        var registry = new DurableTaskRegistry().AddArchonWorkflows();
        var registered = RegisteredNames(registry, "Orchestrators");
        var activities = RegisteredNames(registry, "Activities");
        var all = Functions().ToList();

        Assert.Equal(registered, Names(all, "orchestrationTrigger"));
        Assert.Equal(activities, Names(all, "activityTrigger"));
        Assert.Equal(3, registered.Count);
    }

    [Fact]
    public void FunctionsMetadata_QueueAndTimerTriggersStartRunsSearchesAndThePurge()
    {
        var all = Functions().ToList();
        var queue = Assert.Single(all, f => f.Trigger.GetProperty("type").GetString() == "queueTrigger");
        Assert.Equal(StorageNames.BenchmarkRequestQueue, queue.Trigger.GetProperty("queueName").GetString());
        Assert.Equal(ServiceSettings.Storage, queue.Trigger.GetProperty("connection").GetString());
        Assert.Contains(queue.Bindings, b => b.GetProperty("type").GetString() == "durableClient");

        var timers = all.Where(f => f.Trigger.GetProperty("type").GetString() == "timerTrigger").ToDictionary(f => f.Name, f => f.Trigger.GetProperty("schedule").GetString());
        Assert.Equal("0 * * * * *", timers["ScheduledSearches"]);
        Assert.Equal("0 30 * * * *", timers["PurgeHistory"]);
    }

    [Fact]
    public async Task EnsureCreated_CreatesTheContainerAndEveryQueueWithItsPoisonQueue()
    {
        await using var host = await TestHost.StartAsync(azurite);
        var queues = new QueueServiceClient(azurite.ConnectionString);
        var names = new HashSet<string>();
        await foreach (var q in queues.GetQueuesAsync())
        {
            names.Add(q.Name);
        }

        Assert.All(StorageNames.Queues, q => Assert.Contains(q, names));
        Assert.All(StorageNames.Queues, q => Assert.Contains(q + StorageNames.PoisonSuffix, names));
        Assert.True((await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(StorageNames.Container).ExistsAsync()).Value);
    }

    private static IEnumerable<(string Name, JsonElement Trigger, List<JsonElement> Bindings)> Functions()
    {
        var path = Path.Combine(Output, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build src/Archon.Functions");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var function in doc.RootElement.EnumerateArray())
        {
            var bindings = function.GetProperty("bindings").EnumerateArray().Select(b => b.Clone()).ToList();
            var trigger = bindings.Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            yield return (function.GetProperty("name").GetString()!, trigger, bindings);
        }
    }

    private static List<string> Names(IEnumerable<(string Name, JsonElement Trigger, List<JsonElement> Bindings)> functions, string trigger) =>
        [.. functions.Where(f => f.Trigger.GetProperty("type").GetString() == trigger).Select(f => f.Name).Order(StringComparer.Ordinal)];

    // The registry lists its tasks in non-public properties (name → factory); their names are what the worker serves.
    private static List<string> RegisteredNames(DurableTaskRegistry registry, string property)
    {
        var entries = (System.Collections.IEnumerable)typeof(DurableTaskRegistry)
            .GetProperty(property, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)!.GetValue(registry)!;
        return [.. entries.Cast<object>().Select(e => e.GetType().GetProperty("Key")!.GetValue(e)!.ToString()!).Order(StringComparer.Ordinal)];
    }
}
