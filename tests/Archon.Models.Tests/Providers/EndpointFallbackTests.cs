using System.Text.RegularExpressions;
using Archon.Core.Architectures;
using Archon.Core.Components.BuiltIn;
using Archon.Core.Execution;
using Archon.Models.Pipeline;
using Archon.Models.Setup;
using Archon.Models.Tests.TestDoubles;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Tests.Providers;

/// <summary>
/// The critic → ranker → fuser configs on loopback OpenAI-compatible servers that lack what the OpenAI API has:
/// structured outputs (json_schema refused with 400) and the <c>max_completion_tokens</c> field. Every request is
/// recorded as the server saw it.
/// </summary>
public sealed partial class EndpointFallbackTests : IAsyncLifetime
{
    private const string RefusesJsonSchema = "response_format type json_schema is not supported by this server";
    private readonly ArchonReplies _replies = new();
    private readonly ListLoggerProvider _logs = new();
    private OpenAIProtocolTestServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await OpenAIProtocolTestServer.StartAsync();
        _server.Reply = _replies.For;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Run_CriticRankerFuserOnServerRefusingJsonSchema_FallsBackOnceAndCritiquesAndRankingTakeEffect()
    {
        _server.Rule = r => r.ResponseFormatType == "json_schema" ? ServerStep.Error(400, RefusesJsonSchema) : null;
        var setup = Setup($$"""
            { "models": [
              { "name": "sim-medium", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "deployment": "medium" },
              { "name": "sim-large", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "deployment": "large" }
            ] }
            """);

        var result = await RunAsync(setup, "examples/architectures/critic-ranker-fuser.json");

        Assert.Equal(StopReason.Completed, result.StopReason);
        Assert.Empty(result.Failures);
        var requests = _server.Requests.ToList();
        var critic = requests.Where(r => r.Prompt.Contains("critically", StringComparison.Ordinal)).ToList();
        var ranker = Assert.Single(requests, r => r.Prompt.Contains("You rank candidate", StringComparison.Ordinal));
        var fuser = Assert.Single(requests, r => r.Prompt.Contains("Fused", StringComparison.Ordinal) || r.Prompt.Contains("You combine", StringComparison.Ordinal));

        // The critic's json_schema request is refused once, then asked again with the schema in the prompt; the
        // ranker, later, asks in the prompt from the start (the fallback is remembered for the endpoint).
        Assert.Equal(2, critic.Count);
        Assert.Equal("json_schema", critic[0].ResponseFormatType);
        Assert.Null(critic[1].ResponseFormatType);
        Assert.Contains("matches this JSON schema", critic[1].Prompt, StringComparison.Ordinal);
        Assert.Null(ranker.ResponseFormatType);
        Assert.Contains("matches this JSON schema", ranker.Prompt, StringComparison.Ordinal);
        Assert.Equal(1, requests.Count(r => r.ResponseFormatType == "json_schema"));

        // Critiques reached the ranker and the fuser; the ranking (the reverse of the ranker's input) decided the
        // fuser's top five and their order.
        Assert.Contains("CRITIQUE-", ranker.Prompt, StringComparison.Ordinal);
        Assert.Contains("CRITIQUE-", fuser.Prompt, StringComparison.Ordinal);
        var ranked = Drafts(ranker.Prompt);
        Assert.Equal(8, ranked.Count);
        Assert.Equal(ranked.AsEnumerable().Reverse().Take(5), Drafts(fuser.Prompt));
        Assert.Equal("Fused 5 drafts.\nAnswer: 7", result.Answer);

        // Said once in the log and once in the trace; every structured call says how it asked.
        Assert.Single(_logs.Messages, m => m.Contains("refused response_format", StringComparison.Ordinal));
        Assert.Single(result.Trace.Warnings, w => w.Message.Contains("refused response_format json_schema", StringComparison.Ordinal));
        Assert.All(result.Trace.Calls.Where(c => c.Component is "critic" or "ranker"), c => Assert.Equal("prompt", c.StructuredOutput));
    }

    [Fact]
    public async Task Run_PublishedOpenModelsConfigOnServerRejectingMaxCompletionTokens_LimitSentAsMaxTokensAndNamesRoutedByModelType()
    {
        _server.Rule = r => r.Has("max_completion_tokens")
            ? ServerStep.Error(400, "Unrecognized request argument supplied: max_completion_tokens")
            : r.ResponseFormatType == "json_schema" ? ServerStep.Error(400, RefusesJsonSchema) : null;
        var setup = Setup($$"""{ "models": [ { "name": "together", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "modelTypes": ["Together_API"] } ] }""");

        var result = await RunAsync(setup, "examples/architectures/published/archon-open-models-rank-top5-critic-fuse-qwen2-72b.json");

        Assert.Equal(StopReason.Completed, result.StopReason);
        var requests = _server.Requests.ToList();
        Assert.DoesNotContain(requests, r => r.Has("max_completion_tokens"));
        Assert.All(requests, r => Assert.True(r.Has("max_tokens")));
        Assert.Equal(6, requests.Count(r => r.Json.GetProperty("max_tokens").GetInt32() == 2048));
        // The published names go to the server as they are (model_type routing without a deployment passes them through).
        Assert.Contains(requests, r => r.Json.GetProperty("model").GetString() == "microsoft/WizardLM-2-8x22B");
        Assert.Contains(requests, r => r.Json.GetProperty("model").GetString() == "Qwen/Qwen2-72B-Instruct" && r.Prompt.Contains("You rank candidate", StringComparison.Ordinal));
        // The ranker kept five of six, and the critic's critiques are on the candidates the fuser received.
        var critic = requests.Last(r => r.Prompt.Contains("critically", StringComparison.Ordinal));
        Assert.Equal(5, Drafts(critic.Prompt).Count);
        Assert.Equal("Fused 5 drafts.\nAnswer: 7", result.Answer);
    }

    [Fact]
    public async Task Call_EntryConfiguredForMaxCompletionTokensOnServerThatRejectsIt_LearnsMaxTokensOnce()
    {
        _server.Rule = r => r.Has("max_completion_tokens") ? ServerStep.Error(400, "Unrecognized request argument supplied: max_completion_tokens") : null;
        var setup = Setup($$"""{ "models": [ { "name": "local", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "outputLimitField": "max_completion_tokens" } ] }""");
        var client = setup.Resolver.Resolve("local")!.Client;

        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "one")], new ChatOptions { MaxOutputTokens = 50 });
        await client.GetResponseAsync([new ChatMessage(ChatRole.User, "two")], new ChatOptions { MaxOutputTokens = 60 });

        var requests = _server.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.True(requests[0].Has("max_completion_tokens"));
        Assert.Equal(50, requests[1].Json.GetProperty("max_tokens").GetInt32());
        Assert.Equal(60, requests[2].Json.GetProperty("max_tokens").GetInt32());
        Assert.False(requests[2].Has("max_completion_tokens"));
        Assert.Single(_logs.Messages, m => m.Contains("refused max_completion_tokens", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Call_StructuredOutputsNoneInTheCatalog_NoResponseFormatEverSent()
    {
        var setup = Setup($$"""{ "models": [ { "name": "local", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "structuredOutputs": "none" } ] }""");
        using var schema = System.Text.Json.JsonDocument.Parse("""{"type":"object","properties":{"ranking":{"type":"array"}}}""");

        var response = await setup.Resolver.Resolve("local")!.Client.GetResponseAsync(
            [new ChatMessage(ChatRole.User, "Rank these.")], new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement.Clone(), "ranking") });

        var request = Assert.Single(_server.Requests);
        Assert.Null(request.ResponseFormatType);
        Assert.Contains("\"ranking\"", request.Prompt, StringComparison.Ordinal);
        Assert.Equal("prompt", response.AdditionalProperties![Archon.Core.Models.ArchonChatKeys.StructuredOutput]);
        Assert.DoesNotContain(_logs.Messages, m => m.Contains("refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Call_StructuredOutputsJsonObject_SendsJsonModeWithTheSchemaInThePrompt()
    {
        var setup = Setup($$"""{ "models": [ { "name": "local", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "structuredOutputs": "json_object" } ] }""");
        using var schema = System.Text.Json.JsonDocument.Parse("""{"type":"object","properties":{"tests":{"type":"array"}}}""");

        await setup.Resolver.Resolve("local")!.Client.GetResponseAsync(
            [new ChatMessage(ChatRole.User, "Write tests.")], new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement.Clone(), "unit_tests") });

        var request = Assert.Single(_server.Requests);
        Assert.Equal("json_object", request.ResponseFormatType);
        Assert.Contains("\"tests\"", request.Prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_StructuredCallOnServerRefusingJsonSchema_FallsBackBeforeTheFirstUpdate()
    {
        _server.Rule = r => r.ResponseFormatType == "json_schema" ? ServerStep.Error(400, RefusesJsonSchema) : null;
        var setup = Setup($$"""{ "models": [ { "name": "local", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}" } ] }""");
        using var schema = System.Text.Json.JsonDocument.Parse("""{"type":"object","properties":{"ranking":{"type":"array"}}}""");
        var options = new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement.Clone(), "ranking") };

        var updates = await setup.Resolver.Resolve("local")!.Client
            .GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "Rank <candidate id=\"1\">a</candidate> <candidate id=\"2\">b</candidate>")], options)
            .ToListAsync();

        Assert.Equal("{\"ranking\":[2,1]}", updates.ToChatResponse().Text);
        Assert.Equal(["json_schema", null], _server.Requests.Select(r => r.ResponseFormatType));
        Assert.Contains(updates, u => u.AdditionalProperties?.ContainsKey(Archon.Core.Models.ArchonChatKeys.Notice) == true);
    }

    [Fact]
    public async Task Run_CriticWhoseCallsKeepFailing_FailsTheQueryAfterItsRetries()
    {
        _server.Rule = r => r.Prompt.Contains("critically", StringComparison.Ordinal) ? ServerStep.Error(500, "upstream model crashed") : null;
        var setup = Setup($$"""
            { "models": [
              { "name": "sim-medium", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "maxRetries": 1 },
              { "name": "sim-large", "kind": "openai-compatible", "endpoint": "{{_server.BaseUrl}}", "maxRetries": 1 }
            ] }
            """);

        var result = await RunAsync(setup, "examples/architectures/critic-ranker-fuser.json");

        Assert.Equal(StopReason.Failed, result.StopReason);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("critic", 1), (failure.Component, failure.Layer));
        Assert.Contains("500", failure.Message, StringComparison.Ordinal);
        // One call and its one retry; no ranker or fuser call follows.
        Assert.DoesNotContain(_server.Requests, r => r.Prompt.Contains("You rank candidate", StringComparison.Ordinal));
        Assert.Equal(2, _server.Requests.Count(r => r.Prompt.Contains("critically", StringComparison.Ordinal)));
    }

    private ModelSetupResult Setup(string catalog) => ModelSetup.Create(new ModelSetupOptions
    {
        CatalogJson = catalog,
        Fallbacks = new EndpointFallbacks(),
        LoggerFactory = LoggerFactory.Create(b => b.AddProvider(_logs)),
    });

    private static async Task<QueryResult> RunAsync(ModelSetupResult setup, string configPath)
    {
        var registry = BuiltInComponents.CreateRegistry();
        var load = ArchitectureLoader.LoadFile(RepositoryFiles.Path(configPath), ArchitectureValidationContext.For(registry.Types, setup.Resolver));
        Assert.True(load.Succeeded, string.Join("; ", load.Diagnostics));
        var runner = new ArchitectureRunner(setup.Resolver, registry);
        return await runner.RunAsync(load.Architecture!, [new ChatMessage(ChatRole.User, "Mia has 17 marbles and gives away 10. How many are left?")]);
    }

    private static List<int> Drafts(string prompt) => [.. DraftNumber().Matches(prompt).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"Draft #(\d+)\.")]
    private static partial Regex DraftNumber();
}
