using System.Text.Json;
using Archon.Core.Models;
using Archon.Models.Caching;
using Archon.Models.Pipeline;
using Microsoft.Extensions.AI;

namespace Archon.Models.Tests.Caching;

public sealed class ChatCacheKeyTests
{
    private static readonly ChatMessage[] Messages = [new(ChatRole.System, "Be brief."), new(ChatRole.User, "What is 2+2?")];

    private static ChatOptions Options(int sample = 0, int attempt = 0, double temperature = 0.7) => new()
    {
        Temperature = (float)temperature,
        MaxOutputTokens = 256,
        AdditionalProperties = new() { [ArchonChatKeys.Sample] = sample, [ArchonChatKeys.Attempt] = attempt, [ArchonChatKeys.Role] = "generator" },
    };

    [Fact]
    public void Compute_SameInputs_SameKey()
    {
        Assert.Equal(ChatCacheKey.Compute("m", Messages, Options()), ChatCacheKey.Compute("m", [.. Messages], Options()));
    }

    [Fact]
    public void Compute_DifferentSampleIndex_DifferentKey()
    {
        Assert.NotEqual(ChatCacheKey.Compute("m", Messages, Options(sample: 0)), ChatCacheKey.Compute("m", Messages, Options(sample: 1)));
    }

    [Fact]
    public void Compute_DifferentAttempt_DifferentKey()
    {
        Assert.NotEqual(ChatCacheKey.Compute("m", Messages, Options(attempt: 0)), ChatCacheKey.Compute("m", Messages, Options(attempt: 1)));
    }

    [Fact]
    public void Compute_DifferentModelTemperatureOrMessage_DifferentKey()
    {
        var key = ChatCacheKey.Compute("m", Messages, Options());
        Assert.NotEqual(key, ChatCacheKey.Compute("other", Messages, Options()));
        Assert.NotEqual(key, ChatCacheKey.Compute("m", Messages, Options(temperature: 0.2)));
        Assert.NotEqual(key, ChatCacheKey.Compute("m", [Messages[0], new(ChatRole.User, "What is 2+3?")], Options()));
        Assert.NotEqual(key, ChatCacheKey.Compute("m", [new(ChatRole.User, "Be brief."), Messages[1]], Options()));
    }

    [Fact]
    public void Compute_DifferentResponseSchema_DifferentKey()
    {
        using var a = JsonDocument.Parse("""{"type":"object"}""");
        using var b = JsonDocument.Parse("""{"type":"array"}""");
        var oa = Options();
        oa.ResponseFormat = ChatResponseFormat.ForJsonSchema(a.RootElement.Clone(), "x");
        var ob = Options();
        ob.ResponseFormat = ChatResponseFormat.ForJsonSchema(b.RootElement.Clone(), "x");
        Assert.NotEqual(ChatCacheKey.Compute("m", Messages, oa), ChatCacheKey.Compute("m", Messages, ob));
    }

    [Fact]
    public void Compute_SampleAsLongOrInt_SameKey()
    {
        var asLong = Options();
        asLong.AdditionalProperties![ArchonChatKeys.Sample] = 0L;
        Assert.Equal(ChatCacheKey.Compute("m", Messages, Options()), ChatCacheKey.Compute("m", Messages, asLong));
    }

    [Fact]
    public void Compute_DifferentComponentPosition_DifferentKey()
    {
        var first = Options();
        first.AdditionalProperties![ArchonChatKeys.Layer] = 2;
        first.AdditionalProperties[ArchonChatKeys.ComponentIndex] = 0;
        var second = Options();
        second.AdditionalProperties![ArchonChatKeys.Layer] = 2;
        second.AdditionalProperties[ArchonChatKeys.ComponentIndex] = 1;
        var otherLayer = Options();
        otherLayer.AdditionalProperties![ArchonChatKeys.Layer] = 3;
        otherLayer.AdditionalProperties[ArchonChatKeys.ComponentIndex] = 0;

        var key = ChatCacheKey.Compute("m", Messages, first);
        Assert.NotEqual(key, ChatCacheKey.Compute("m", Messages, second));
        Assert.NotEqual(key, ChatCacheKey.Compute("m", Messages, otherLayer));
    }

    [Theory]
    [InlineData("topP")]
    [InlineData("seed")]
    [InlineData("stop")]
    [InlineData("tools")]
    [InlineData("toolDescription")]
    [InlineData("schemaDescription")]
    [InlineData("topK")]
    [InlineData("presence")]
    [InlineData("frequency")]
    [InlineData("instructions")]
    public void Compute_OptionThatChangesTheAnswer_DifferentKey(string option)
    {
        var changed = Options();
        switch (option)
        {
            case "topP": changed.TopP = 0.5f; break;
            case "seed": changed.Seed = 42; break;
            case "stop": changed.StopSequences = ["\n\n"]; break;
            case "tools": changed.Tools = [AIFunctionFactory.Create(() => 1, "count")]; break;
            case "toolDescription": changed.Tools = [AIFunctionFactory.Create(() => 1, "count", "Counts.")]; break;
            case "schemaDescription": changed.ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonDocument.Parse("{}").RootElement.Clone(), "x", "a description"); break;
            case "topK": changed.TopK = 5; break;
            case "presence": changed.PresencePenalty = 0.5f; break;
            case "frequency": changed.FrequencyPenalty = 0.5f; break;
            case "instructions": changed.Instructions = "Answer in French."; break;
        }

        var baseline = Options();
        if (option == "toolDescription")
        {
            baseline.Tools = [AIFunctionFactory.Create(() => 1, "count", "Adds.")];
        }
        else if (option == "schemaDescription")
        {
            baseline.ResponseFormat = ChatResponseFormat.ForJsonSchema(JsonDocument.Parse("{}").RootElement.Clone(), "x", "another description");
        }

        Assert.NotEqual(ChatCacheKey.Compute("m", Messages, baseline), ChatCacheKey.Compute("m", Messages, changed));
    }
}
