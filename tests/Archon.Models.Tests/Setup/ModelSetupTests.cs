using Archon.Core.Models;
using Archon.Core.Synthetic;
using Archon.Models.Caching;
using Archon.Models.Catalog;
using Archon.Models.Setup;
using Archon.Models.Tests.TestDoubles;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace Archon.Models.Tests.Setup;

public sealed class ModelSetupTests
{
    private const string RealCatalog = """
    { "models": [
      { "name": "gpt-4o", "kind": "azure-openai", "endpoint": "https://contoso.openai.azure.com/", "inputPricePerMillion": 2.5, "outputPricePerMillion": 10 },
      { "name": "sim-tiny", "kind": "sim", "skill": 0.3, "latencyMs": 700 }
    ] }
    """;

    private static readonly SyntheticTask Task0 = SyntheticTasks.Generate(1, seed: 1)[0];

    [Fact]
    public void Create_NoCatalog_UsesDefaultSimCatalogAndSaysSo()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions());

        Assert.True(setup.UsingSimulatedCatalog);
        Assert.Equal("No model endpoint configured: using the simulated catalog (sim-small, sim-medium, sim-large, sim-xl). Outputs are simulated.", setup.Notice);
        Assert.Equal(["sim-small", "sim-medium", "sim-large", "sim-xl"], setup.Resolver.ModelNames);
        Assert.True(setup.Resolver.Resolve("sim-large")!.Simulated);
        Assert.Null(setup.Resolver.Resolve("gpt-4o"));
    }

    [Fact]
    public async Task Create_Simulate_ResolvesAnyNameToASimulatedModel()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { CatalogJson = RealCatalog, Simulate = true, SimLatencyMs = 0 });

        var known = setup.Resolver.Resolve("gpt-4o")!;
        var unknown = setup.Resolver.Resolve("Qwen/Qwen2-72B-Instruct")!;

        Assert.True(known.Simulated);
        Assert.Equal(10m, known.Pricing.OutputPerMillion);
        Assert.True(unknown.Simulated);
        Assert.False(setup.UsingSimulatedCatalog);
        Assert.Contains("Outputs are simulated", setup.Notice, StringComparison.Ordinal);
        var response = await unknown.Client.GetResponseAsync([new ChatMessage(ChatRole.User, Task0.Question)]);
        Assert.StartsWith("[simulated]", response.Text, StringComparison.Ordinal);
        Assert.Equal(true, response.AdditionalProperties![ArchonChatKeys.Simulated]);
    }

    [Theory]
    [InlineData(257, null)]
    [InlineData(8, '\n')]
    public void Create_Simulate_NameBreakingTheNameRuleGetsNoSimulatedModel(int length, char? control)
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { CatalogJson = RealCatalog, Simulate = true });
        var name = new string('q', length);
        if (control is { } c)
        {
            name = name.Insert(4, c.ToString());
        }

        Assert.False(setup.Resolver.CanResolve(name, modelType: null));
        Assert.Null(setup.Resolver.Resolve(name));
        Assert.True(setup.Resolver.CanResolve(new string('q', 256), modelType: null));
    }

    [Fact]
    public void Create_Simulate_KnownSimEntryKeepsItsSkillUnknownNamesGetNameDerivedSkill()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { CatalogJson = RealCatalog, Simulate = true });
        Assert.Equal(0.3, setup.Catalog.Find("sim-tiny")!.Skill);
        var derived = setup.Catalog.Find("gpt-4o")!.Skill;
        Assert.InRange(derived, 0.5, 0.8);
        Assert.Equal(derived, ModelSetup.Create(new ModelSetupOptions { CatalogJson = RealCatalog, Simulate = true }).Catalog.Find("gpt-4o")!.Skill);
    }

    [Fact]
    public async Task Create_SimLatencyMs_OverridesEveryLatency()
    {
        var time = new FakeTimeProvider();
        var setup = ModelSetup.Create(new ModelSetupOptions { CatalogJson = RealCatalog, Simulate = true, SimLatencyMs = 40, TimeProvider = time });
        foreach (var name in (string[])["sim-tiny", "gpt-4o", "never-heard-of-it"])
        {
            var call = setup.Resolver.Resolve(name)!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, name)]);
            await Task.Delay(10);
            Assert.False(call.IsCompleted, name);
            time.Advance(TimeSpan.FromMilliseconds(40));
            await call.WaitAsync(TimeSpan.FromSeconds(5));
        }
    }

    [Fact]
    public void Create_WithoutSimulate_RealEntryIsNotSimulated()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { CatalogJson = RealCatalog });
        Assert.False(setup.UsingSimulatedCatalog);
        Assert.Equal("Model catalog settings: gpt-4o, sim-tiny.", setup.Notice);
        Assert.Null(setup.Resolver.Resolve("unknown"));
        Assert.False(setup.Resolver.Resolve("gpt-4o")!.Simulated);
    }

    [Fact]
    public void Create_InvalidCatalog_ThrowsWithEveryError()
    {
        var ex = Assert.Throws<ModelCatalogException>(() => ModelSetup.Create(new ModelSetupOptions { CatalogJson = """{ "models": [ { "name": "x", "kind": "nope" } ] }""" }));
        Assert.Contains(ex.Errors, e => e.Contains("models[0] (\"x\").kind", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_SharedCacheAndUsageAcrossModelsAndResolutions()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { SimLatencyMs = 0 });
        var first = setup.Resolver.Resolve("sim-small")!;
        var again = setup.Resolver.Resolve("SIM-SMALL")!;
        Assert.Same(first.Client, again.Client);

        await first.Client.GetResponseAsync([new ChatMessage(ChatRole.User, Task0.Question)]);
        var hit = await again.Client.GetResponseAsync([new ChatMessage(ChatRole.User, Task0.Question)]);
        await setup.Resolver.Resolve("sim-large")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, Task0.Question)]);

        Assert.Equal(true, hit.AdditionalProperties![ArchonChatKeys.CacheHit]);
        var usage = setup.Usage.Snapshot();
        Assert.Equal(3, usage.Calls);
        Assert.Equal(1, usage.CacheHits);
        Assert.True(usage.CostUsd > 0);
        Assert.Equal(2, setup.Cache.Count);
    }

    [Fact]
    public async Task Create_GivenCacheAndUsage_SharedAcrossSetups()
    {
        var cache = new Archon.Models.Caching.ResponseCache(100);
        var usage = new Archon.Models.Pipeline.UsageCounter();
        var a = ModelSetup.Create(new ModelSetupOptions { SimLatencyMs = 0, Cache = cache, Usage = usage });
        var b = ModelSetup.Create(new ModelSetupOptions { SimLatencyMs = 0, Cache = cache, Usage = usage });

        await a.Resolver.Resolve("sim-medium")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, Task0.Question)]);
        var second = await b.Resolver.Resolve("sim-medium")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, Task0.Question)]);

        Assert.Equal(true, second.AdditionalProperties![ArchonChatKeys.CacheHit]);
        Assert.Equal(2, usage.Snapshot().Calls);
        Assert.Same(cache, b.Cache);
    }

    [Fact]
    public async Task Create_CacheDirectory_SecondSetupAnswersRealModelFromDiskWithItsLatency()
    {
        var dir = Path.Combine(Path.GetTempPath(), "archon-setup-cache-" + Guid.NewGuid().ToString("N"));
        await using var server = await OpenAIProtocolTestServer.StartAsync();
        server.Enqueue(ServerStep.Slow(TimeSpan.FromMilliseconds(150)));
        var catalog = $$"""{ "models": [ { "name": "local", "kind": "openai-compatible", "endpoint": "{{server.BaseUrl}}", "inputPricePerMillion": 1, "outputPricePerMillion": 2 } ] }""";
        try
        {
            var first = ModelSetup.Create(new ModelSetupOptions { CatalogJson = catalog, CacheDirectory = dir });
            var original = await first.Resolver.Resolve("local")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

            var second = ModelSetup.Create(new ModelSetupOptions { CatalogJson = catalog, CacheDirectory = dir });
            var again = await second.Resolver.Resolve("local")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

            Assert.Single(server.Requests);
            Assert.Equal(original.Text, again.Text);
            Assert.Equal(true, again.AdditionalProperties![ArchonChatKeys.CacheHit]);
            Assert.True((double)again.AdditionalProperties[ArchonChatKeys.UncachedLatencyMs]! >= 140, "the entry keeps the latency of the call that made it");
            Assert.Equal(original.Usage!.InputTokenCount, again.Usage!.InputTokenCount);
            Assert.Equal(0m, second.Usage.Snapshot().CostUsd);
            Assert.Equal(first.Usage.Snapshot().CostUsd, second.Usage.Snapshot().SavedUsd);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Create_CacheDirectory_SimulatedRepliesStayOutOfTheDisk()
    {
        var dir = Path.Combine(Path.GetTempPath(), "archon-setup-cache-" + Guid.NewGuid().ToString("N"));
        var setup = ModelSetup.Create(new ModelSetupOptions { SimLatencyMs = 0, CacheDirectory = dir });

        await setup.Resolver.Resolve("sim-large")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, Task0.Question)]);
        var again = await setup.Resolver.Resolve("sim-large")!.Client.GetResponseAsync([new ChatMessage(ChatRole.User, Task0.Question)]);

        Assert.Equal(true, again.AdditionalProperties![ArchonChatKeys.CacheHit]);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public async Task Create_CacheCapacityZero_EveryCallReachesTheModel()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { SimLatencyMs = 0, CacheCapacity = 0 });
        var client = setup.Resolver.Resolve("sim-medium")!.Client;
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, Task0.Question)]);
        var second = await client.GetResponseAsync([new ChatMessage(ChatRole.User, Task0.Question)]);
        Assert.NotEqual(true, second.AdditionalProperties!.TryGetValue(ArchonChatKeys.CacheHit, out var hit) ? hit : null);
        Assert.Equal(0, setup.Usage.Snapshot().CacheHits);
    }

    [Fact]
    public void Resolve_ModelTypeHint_UsesPassThroughEntry()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions
        {
            CatalogJson = """{ "models": [ { "name": "together", "kind": "openai-compatible", "endpoint": "http://127.0.0.1:9/v1/", "modelTypes": ["Together_API"] } ] }""",
        });
        var resolver = Assert.IsAssignableFrom<IModelResolver>(setup.Resolver);
        Assert.Null(resolver.Resolve("meta-llama/Llama-3-70b"));
        var model = resolver.Resolve("meta-llama/Llama-3-70b", "Together_API");
        Assert.NotNull(model);
        Assert.Equal("meta-llama/Llama-3-70b", model.Name);
        Assert.False(model.Simulated);
    }

    [Fact]
    public void Create_CatalogPath_LoadsFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"archon-catalog-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, RealCatalog);
        try
        {
            var setup = ModelSetup.Create(new ModelSetupOptions { CatalogPath = path });
            Assert.Equal(path, setup.Catalog.Source);
            Assert.NotNull(setup.Resolver.Resolve("sim-tiny"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Run_IdenticalFusersInOneLayer_ThreeDistinctCallsAndCandidates()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions { SimLatencyMs = 0 });
        var load = Archon.Core.Architectures.ArchitectureLoader.Parse(
            """{"name":"moa","layers":[[{"type":"generator","model":"sim-medium","samples":3}],[{"type":"fuser","model":"sim-large"},{"type":"fuser","model":"sim-large"},{"type":"fuser","model":"sim-large"}]]}""",
            "test");
        var runner = new Archon.Core.Execution.ArchitectureRunner(setup.Resolver, Archon.Core.Components.BuiltIn.BuiltInComponents.CreateRegistry());

        var result = await runner.RunAsync(load.Architecture!, [new ChatMessage(ChatRole.User, "Tell me about owls.")]);

        var fusers = result.Trace.Calls.Where(c => c.Layer == 1).ToList();
        Assert.Equal(3, fusers.Count);
        Assert.DoesNotContain(fusers, c => c.CacheHit);
        Assert.Equal(3, result.Candidates.Select(c => c.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Resolver_AliasesAndModelTypes_ResolveAsDocumentedWithoutBuildingClients()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions
        {
            CatalogJson = """
            { "models": [
              { "name": "gpt-4o", "kind": "azure-openai", "endpoint": "https://contoso.openai.azure.com/", "apiKeyEnv": "ARCHON_UNSET_KEY_FOR_TEST", "aliases": ["gpt-4o-2024-05-13"], "modelTypes": ["OpenAI_API"] },
              { "name": "together", "kind": "openai-compatible", "endpoint": "https://api.together.xyz/v1/", "modelTypes": ["Together_API"] }
            ] }
            """,
        });

        Assert.True(setup.Resolver.CanResolve("GPT-4O-2024-05-13", null));
        Assert.True(setup.Resolver.CanResolve("gpt-4-turbo", "OpenAI_API"));
        Assert.True(setup.Resolver.CanResolve("Qwen/Qwen2-72B-Instruct", "Together_API"));
        Assert.False(setup.Resolver.CanResolve("Qwen/Qwen2-72B-Instruct", null));
        Assert.False(setup.Resolver.CanResolve("claude-3-5-sonnet-20240620", "Anthropic_API"));
        var passThrough = setup.Resolver.Resolve("Qwen/Qwen2-72B-Instruct", "Together_API")!;
        Assert.Equal("Qwen/Qwen2-72B-Instruct", passThrough.Name);
    }

    [Fact]
    public void Validate_PublishedConfigWithACatalogThatNamesItsProviders_EveryModelFound()
    {
        var setup = ModelSetup.Create(new ModelSetupOptions
        {
            CatalogJson = """
            { "models": [
              { "name": "gpt-4o", "kind": "azure-openai", "endpoint": "https://contoso.openai.azure.com/", "modelTypes": ["OpenAI_API"] },
              { "name": "claude", "kind": "openai-compatible", "endpoint": "https://gateway.example/v1/", "deployment": "claude-3-5-sonnet", "aliases": ["claude-3-5-sonnet-20240620"] }
            ] }
            """,
        });
        var registry = Archon.Core.Components.BuiltIn.BuiltInComponents.CreateRegistry();
        var path = RepositoryFiles.Path("examples/architectures/published/archon-gpt-4o-and-claude-3.5-sonnet-samples-then-verifier-then-fuser.json");

        var load = Archon.Core.Architectures.ArchitectureLoader.LoadFile(path, Archon.Core.Architectures.ArchitectureValidationContext.For(registry.Types, setup.Resolver));
        var withNamesOnly = Archon.Core.Architectures.ArchitectureLoader.LoadFile(path, Archon.Core.Architectures.ArchitectureValidationContext.For(registry.Types, ["gpt-4o", "claude"]));

        Assert.True(load.Succeeded, string.Join("; ", load.Diagnostics));
        Assert.False(withNamesOnly.Succeeded);
        Assert.Empty(new Archon.Core.Execution.ArchitectureRunner(setup.Resolver, registry).FindProblems(load.Architecture!));
    }
}
