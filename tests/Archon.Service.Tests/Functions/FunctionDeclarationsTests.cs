using System.Text.Json;
using Archon.Service.Queues;
using Archon.Workflows.Storage;
using Archon.Service.Tests.Support;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Archon.Service.Tests.Functions;

/// <summary>host.json and every function.json agree with the handler's routes, queues and settings.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FunctionDeclarationsTests
{
    private static readonly string FunctionsFolder = Path.Combine(AzuriteFixture.RepoRoot, "src", "Archon.Functions");
    private readonly AzuriteFixture _azurite;

    public FunctionDeclarationsTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
    }

    [Fact]
    public void HostJson_DeclaresTheCustomHandler()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsFolder, "host.json")));
        var root = doc.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        var handler = root.GetProperty("customHandler");
        Assert.Equal("Archon.Functions", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", root.GetProperty("extensionBundle").GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", root.GetProperty("extensionBundle").GetProperty("version").GetString());
        Assert.Equal(QueueDispatcher.MaxDequeueCount, root.GetProperty("extensions").GetProperty("queues").GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("base64", root.GetProperty("extensions").GetProperty("queues").GetProperty("messageEncoding").GetString());
    }

    [Fact]
    public async Task EveryFunctionJson_MatchesAHandlerRoute()
    {
        await using var host = await TestHost.StartAsync(_azurite, new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "0" });
        var endpoints = host.App.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
            .ToList();
        var dispatcher = host.App.Services.GetRequiredService<QueueDispatcher>();
        var queuesWithFunctions = new HashSet<string>();
        var folders = Directory.GetDirectories(FunctionsFolder).Where(d => File.Exists(Path.Combine(d, "function.json"))).ToList();
        Assert.NotEmpty(folders);

        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "function.json")));
            var trigger = doc.RootElement.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("direction").GetString() == "in");
            switch (trigger.GetProperty("type").GetString())
            {
                case "httpTrigger":
                    Assert.Equal("function", trigger.GetProperty("authLevel").GetString());
                    var path = "/api/" + trigger.GetProperty("route").GetString();
                    foreach (var method in trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()))
                    {
                        Assert.True(endpoints.Any(e => e.Pattern == path && e.Methods.Contains(method)), $"{name}: no handler route {method} {path}");
                    }

                    break;
                case "queueTrigger":
                    var queue = trigger.GetProperty("queueName").GetString()!;
                    Assert.Contains(queue, StorageNames.Queues);
                    Assert.Equal(ServiceSettings.Storage, trigger.GetProperty("connection").GetString());
                    var handler = dispatcher.ForFunction(name);
                    Assert.True(handler is not null, $"{name}: no queue handler with this function name");
                    Assert.Equal(queue, handler!.QueueName);
                    Assert.Equal("message", trigger.GetProperty("name").GetString());
                    Assert.Contains(endpoints, e => e.Pattern == "/" + name && e.Methods.Contains("POST"));
                    queuesWithFunctions.Add(queue);
                    break;
                case "timerTrigger":
                    Assert.Equal($"%{ServiceSettings.SearchSchedule}%", trigger.GetProperty("schedule").GetString());
                    Assert.Equal("timer", trigger.GetProperty("name").GetString());
                    Assert.Contains(endpoints, e => e.Pattern == "/" + name && e.Methods.Contains("POST"));
                    break;
                default:
                    Assert.Fail($"{name}: unexpected trigger type");
                    break;
            }
        }

        Assert.Equal(StorageNames.Queues.OrderBy(q => q), queuesWithFunctions.OrderBy(q => q));
    }

    [Fact]
    public async Task EnsureCreated_CreatesTheContainerAndEveryQueueWithItsPoisonQueue()
    {
        await using var host = await TestHost.StartAsync(_azurite);
        var queues = new QueueServiceClient(_azurite.ConnectionString);
        var names = new HashSet<string>();
        await foreach (var q in queues.GetQueuesAsync())
        {
            names.Add(q.Name);
        }

        Assert.All(StorageNames.Queues, q => Assert.Contains(q, names));
        Assert.All(StorageNames.Queues, q => Assert.Contains(q + StorageNames.PoisonSuffix, names));
        Assert.True((await new BlobServiceClient(_azurite.ConnectionString).GetBlobContainerClient(StorageNames.Container).ExistsAsync()).Value);
    }

    [Fact]
    public void FunctionApp_CopiesHostJsonAndFunctionFoldersToItsOutput()
    {
        var output = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;

        Assert.True(File.Exists(Path.Combine(output, "host.json")), "host.json is not next to the executable");
        Assert.True(File.Exists(Path.Combine(output, "BenchWork", "function.json")), "BenchWork/function.json is not next to the executable");
        Assert.True(File.Exists(Path.Combine(output, "example-architectures", "single-model.json")), "the example architectures are not next to the executable");
    }
}
