using Archon.Models.Catalog;

namespace Archon.Models.Tests.Catalog;

public sealed class ModelCatalogTests
{
    private const string FullCatalog = """
    {
      "models": [
        { "name": "gpt-4o", "kind": "azure-openai", "endpoint": "https://contoso.openai.azure.com/", "deployment": "gpt-4o-prod",
          "inputPricePerMillion": 2.5, "outputPricePerMillion": 10, "maxConcurrency": 8, "requestsPerMinute": 600, "tokensPerMinute": 150000,
          "modelTypes": ["OpenAI_API"], "aliases": ["gpt-4o-2024-05-13"] },
        { "name": "gpt-4o-mini", "kind": "openai", "apiKeyEnv": "OPENAI_API_KEY", "timeoutSeconds": 30, "maxRetries": 2 },
        { "name": "together", "kind": "openai-compatible", "baseUrl": "https://api.together.xyz/v1/", "apiKeyEnv": "TOGETHER_API_KEY",
          "modelTypes": ["Together_API"] },
        { "name": "sim-tiny", "kind": "sim", "skill": 0.3, "latencyMs": 5, "malformedJsonRate": 0 }
      ]
    }
    """;

    [Fact]
    public void Parse_FullCatalog_ReadsEveryField()
    {
        var catalog = ModelCatalog.Parse(FullCatalog);

        var azure = catalog.Find("gpt-4o")!;
        Assert.Equal(ModelKinds.AzureOpenAI, azure.Kind);
        Assert.Equal(ModelAuthModes.Entra, azure.Auth);
        Assert.Equal("gpt-4o-prod", azure.EffectiveDeployment);
        Assert.Equal(2.5m, azure.Pricing.InputPerMillion);
        Assert.Equal(10m, azure.Pricing.OutputPerMillion);
        Assert.Equal(8, azure.MaxConcurrency);
        Assert.Equal(600, azure.RequestsPerMinute);
        Assert.Equal(150000, azure.TokensPerMinute);

        var openai = catalog.Find("GPT-4O-MINI")!;
        Assert.Equal(ModelAuthModes.ApiKey, openai.Auth);
        Assert.Equal("OPENAI_API_KEY", openai.ApiKeyEnv);
        Assert.Equal(TimeSpan.FromSeconds(30), openai.Timeout);
        Assert.Equal(2, openai.MaxRetries);

        var sim = catalog.Find("sim-tiny")!;
        Assert.True(sim.IsSimulated);
        Assert.Equal(0.3, sim.Skill);
        Assert.Equal(TimeSpan.FromMilliseconds(5), sim.Latency);
        Assert.Equal(0, sim.MalformedJsonRate);
    }

    [Fact]
    public void Parse_SimEntryWithoutMalformedRate_RepliesWellFormed()
    {
        var catalog = ModelCatalog.Parse("""{ "models": [ { "name": "plain", "kind": "sim" }, { "name": "asked", "kind": "sim", "malformedJsonRate": 0.2 } ] }""");

        Assert.Equal(0, catalog.Find("plain")!.MalformedJsonRate);
        Assert.Equal(0.2, catalog.Find("asked")!.MalformedJsonRate);
        Assert.All(ModelCatalog.DefaultSimulated.Entries, e => Assert.Equal(0, e.MalformedJsonRate));
    }

    [Fact]
    public void Find_Alias_ReturnsEntry()
    {
        var catalog = ModelCatalog.Parse(FullCatalog);
        Assert.Equal("gpt-4o", catalog.Find("gpt-4o-2024-05-13")!.Name);
    }

    [Fact]
    public void Find_UnknownNameWithModelTypeOfPassThroughEntry_ServesNameAsModelId()
    {
        var catalog = ModelCatalog.Parse(FullCatalog);
        var entry = catalog.Find("Qwen/Qwen2-72B-Instruct", "Together_API")!;
        Assert.Equal("Qwen/Qwen2-72B-Instruct", entry.Name);
        Assert.Equal("Qwen/Qwen2-72B-Instruct", entry.EffectiveDeployment);
        Assert.Equal(new Uri("https://api.together.xyz/v1/"), entry.Endpoint);
        Assert.Equal("together", entry.LimitGroup);
    }

    [Fact]
    public void Find_UnknownNameWithModelTypeOfFixedDeploymentEntry_UsesThatDeployment()
    {
        var catalog = ModelCatalog.Parse(FullCatalog);
        var entry = catalog.Find("gpt-4-turbo", "OpenAI_API")!;
        Assert.Equal("gpt-4-turbo", entry.Name);
        Assert.Equal("gpt-4o-prod", entry.EffectiveDeployment);
    }

    [Fact]
    public void Find_UnknownNameWithoutModelType_ReturnsNull()
    {
        var catalog = ModelCatalog.Parse(FullCatalog);
        Assert.Null(catalog.Find("Qwen/Qwen2-72B-Instruct"));
        Assert.Null(catalog.Find("Qwen/Qwen2-72B-Instruct", "Groq_API"));
    }

    [Fact]
    public void Parse_ObjectKeyedByName_UsesKeysAsNames()
    {
        var catalog = ModelCatalog.Parse("""{ "models": { "local": { "kind": "openai-compatible", "endpoint": "http://127.0.0.1:11434/v1/" } } }""");
        Assert.Equal("local", catalog.Entries.Single().Name);
        Assert.Equal(ModelAuthModes.None, catalog.Entries.Single().Auth);
    }

    [Fact]
    public void Parse_NameOverTheLengthLimit_RejectedNamingFieldAndRuleWithoutTheName()
    {
        var name = new string('n', 20_000);
        var json = $$"""{ "models": [ { "name": "ok", "kind": "sim" }, { "name": "{{name}}", "kind": "sim", "aliases": ["{{name}}"] } ] }""";

        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Parse(json));

        Assert.Equal(
            [
                "models[1].name: must be at most 256 characters with no control characters, but it is 20,000 characters long.",
                "models[1].aliases[0]: must be at most 256 characters with no control characters, but it is 20,000 characters long.",
            ],
            ex.Errors);
        Assert.True(ex.Message.Length < 1_000, $"the message is {ex.Message.Length} characters long");
    }

    [Fact]
    public void Parse_AliasWithControlCharacter_RejectedNamingTheAlias()
    {
        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Parse("""{ "models": [ { "name": "m", "kind": "sim", "aliases": ["m2", "m\nx"] } ] }"""));

        Assert.Equal(
            "models[0] (\"m\").aliases[1]: must be at most 256 characters with no control characters, but it holds the control character U+000A at index 1.",
            Assert.Single(ex.Errors));
    }

    [Fact]
    public void Parse_DeploymentAndModelTypesBreakingTheNameRule_RejectedNamingEntryAndFieldWithoutTheValue()
    {
        var deployment = new string('d', 20_000);
        var json = $$"""{ "models": [ { "name": "x", "kind": "sim", "deployment": "{{deployment}}", "modelTypes": ["OpenAI_API", "Bad\tType"] } ] }""";

        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Parse(json));

        Assert.Equal(
            [
                "models[0] (\"x\").deployment: must be at most 256 characters with no control characters, but it is 20,000 characters long.",
                "models[0] (\"x\").modelTypes[1]: must be at most 256 characters with no control characters, but it holds the control character U+0009 at index 3.",
            ],
            ex.Errors);
        Assert.True(ex.Message.Length < 1_000, $"the message is {ex.Message.Length} characters long");
    }

    [Fact]
    public void Parse_ObjectKeyOverTheLengthLimit_RejectedByPositionWithoutTheKey()
    {
        var key = new string('k', 300);
        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Parse($$"""{ "models": { "ok": { "kind": "sim" }, "{{key}}": { "kind": "sim" } } }"""));

        Assert.Equal(
            "models (key at index 1): the key names the model and must be at most 256 characters with no control characters, but it is 300 characters long.",
            Assert.Single(ex.Errors));
    }

    [Theory]
    [InlineData("apiKey")]
    [InlineData("api_key")]
    [InlineData("key")]
    public void Parse_LiteralKeyField_RejectedNamingEntryAndField(string field)
    {
        var json = $$"""{ "models": [ { "name": "gpt-4o", "kind": "openai", "{{field}}": "sk-secret" } ] }""";
        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Parse(json));
        var error = Assert.Single(ex.Errors, e => e.Contains(field + ":", StringComparison.Ordinal));
        Assert.Contains("\"gpt-4o\"", error, StringComparison.Ordinal);
        Assert.Contains("apiKeyEnv", error, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ApiKeyEnvHoldingAKey_Rejected()
    {
        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Parse("""{ "models": [ { "name": "m", "kind": "openai", "apiKeyEnv": "sk-abc-123" } ] }"""));
        Assert.Contains(ex.Errors, e => e.Contains("models[0] (\"m\").apiKeyEnv", StringComparison.Ordinal) && e.Contains("NAME", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ManyProblems_ReportsEachWithEntryAndField()
    {
        const string json = """
        { "models": [
          { "name": "a", "kind": "azure-openai" },
          { "name": "b", "kind": "gpt" },
          { "kind": "sim" },
          { "name": "d", "kind": "sim", "skill": 1.5, "latencyMs": -1 },
          { "name": "e", "kind": "openai" },
          { "name": "f", "kind": "openai-compatible", "endpoint": "not a url", "maxConcurrency": 0, "inputPricePerMillion": -1 },
          { "name": "g", "kind": "openai", "apiKeyEnv": "K", "auth": "entra" },
          { "name": "a", "kind": "sim", "lenght": 3 }
        ] }
        """;
        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Parse(json, "cat.json"));
        string[] expected =
        [
            "models[0] (\"a\").endpoint: is required for kind \"azure-openai\"",
            "models[1] (\"b\").kind: \"gpt\" is not one of",
            "models[2].name: is required",
            "models[3] (\"d\").skill: must be a number between 0 and 1",
            "models[3] (\"d\").latencyMs: must be a number between 0 and",
            "models[4] (\"e\").apiKeyEnv: is required for kind \"openai\"",
            "models[5] (\"f\").endpoint: \"not a url\" is not an absolute http(s) URL",
            "models[5] (\"f\").maxConcurrency: must be an integer between 1 and",
            "models[5] (\"f\").inputPricePerMillion: must be a number ≥ 0",
            "models[6] (\"g\").auth: \"entra\" is only available for kind \"azure-openai\"",
            "models[7] (\"a\").lenght: unknown field",
            "\"a\": the name or alias \"a\" is used by more than one entry",
        ];
        foreach (var fragment in expected)
        {
            Assert.Contains(ex.Errors, e => e.StartsWith(fragment, StringComparison.Ordinal) || e.Contains(fragment, StringComparison.Ordinal));
        }

        Assert.Contains("cat.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidJson_ReportsLineAndColumn()
    {
        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Parse("{\n  \"models\": [\n    { \"name\": \"a\" \"kind\": \"sim\" }\n  ]\n}", "bad.json"));
        Assert.Contains("bad.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ClearError()
    {
        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Load("/nonexistent/catalog.json"));
        Assert.Contains("/nonexistent/catalog.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultSimulated_HasModelsOfRisingSkillLatencyAndPrice()
    {
        var entries = ModelCatalog.DefaultSimulated.Entries;
        Assert.Equal(["sim-small", "sim-medium", "sim-large", "sim-xl"], entries.Select(e => e.Name));
        Assert.All(entries, e => Assert.True(e.IsSimulated));
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.True(entries[i].Skill > entries[i - 1].Skill);
            Assert.True(entries[i].Latency > entries[i - 1].Latency);
            Assert.True(entries[i].Pricing.OutputPerMillion > entries[i - 1].Pricing.OutputPerMillion);
        }
    }

    [Fact]
    public void Parse_NoEndpointCapabilities_DefaultsPerKind()
    {
        var catalog = ModelCatalog.Parse(FullCatalog);

        Assert.Equal(OutputLimitFields.MaxCompletionTokens, catalog.Find("gpt-4o")!.OutputLimitField);
        Assert.Equal(OutputLimitFields.MaxCompletionTokens, catalog.Find("gpt-4o-mini")!.OutputLimitField);
        Assert.Equal(OutputLimitFields.MaxTokens, catalog.Find("together")!.OutputLimitField);
        Assert.All(catalog.Entries, e => Assert.Equal(StructuredOutputModes.JsonSchema, e.StructuredOutputs));
    }

    [Fact]
    public void Parse_EndpointCapabilities_ReadAsGiven()
    {
        var catalog = ModelCatalog.Parse("""
            { "models": [ { "name": "tgi", "kind": "openai-compatible", "endpoint": "http://127.0.0.1:8080/v1/",
                            "structuredOutputs": "json_object", "outputLimitField": "max_completion_tokens" } ] }
            """);

        var tgi = catalog.Find("tgi")!;
        Assert.Equal(StructuredOutputModes.JsonObject, tgi.StructuredOutputs);
        Assert.Equal(OutputLimitFields.MaxCompletionTokens, tgi.OutputLimitField);
    }

    [Fact]
    public void Parse_RetryBaseDelayMs_ReadAsGivenElseOneSecond()
    {
        var catalog = ModelCatalog.Parse("""
            { "models": [ { "name": "quick", "kind": "openai-compatible", "endpoint": "http://127.0.0.1:8080/v1/", "retryBaseDelayMs": 50 },
                          { "name": "plain", "kind": "openai-compatible", "endpoint": "http://127.0.0.1:8080/v1/" } ] }
            """);

        Assert.Equal(TimeSpan.FromMilliseconds(50), catalog.Find("quick")!.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(1), catalog.Find("plain")!.RetryBaseDelay);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("60001")]
    [InlineData("2.5")]
    [InlineData("\"1000\"")]
    public void Parse_RetryBaseDelayMsOutOfRange_RejectedNamingFieldAndRange(string value)
    {
        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Parse($$"""
            { "models": [ { "name": "x", "kind": "openai-compatible", "endpoint": "http://127.0.0.1:8080/v1/", "retryBaseDelayMs": {{value}} } ] }
            """));

        Assert.Equal("models[0] (\"x\").retryBaseDelayMs: must be an integer between 1 and 60000.", Assert.Single(ex.Errors));
    }

    [Fact]
    public void Parse_UnknownEndpointCapabilityValues_RejectedNamingFieldAndAllowedValues()
    {
        var ex = Assert.Throws<ModelCatalogException>(() => ModelCatalog.Parse("""
            { "models": [ { "name": "x", "kind": "openai-compatible", "endpoint": "http://127.0.0.1:8080/v1/",
                            "structuredOutputs": "grammar", "outputLimitField": "max_new_tokens" } ] }
            """));

        Assert.Contains(ex.Errors, e => e == "models[0] (\"x\").structuredOutputs: \"grammar\" is not one of json_schema, json_object, none.");
        Assert.Contains(ex.Errors, e => e == "models[0] (\"x\").outputLimitField: \"max_new_tokens\" is not one of max_tokens, max_completion_tokens.");
    }
}
