using System.Text.Json;
using Archon.Cli.Output;

namespace Archon.Cli.Tests.Output;

public class QueryResultJsonTests
{
    [Fact]
    public void Serialize_Result_HasDocumentedFieldsAndOneTraceElementPerCall()
    {
        using var json = JsonDocument.Parse(QueryResultJson.Serialize(SampleResults.TwoLayers()));
        var root = json.RootElement;

        Assert.Equal("The answer is 4.\nAnswer: 4", root.GetProperty("answer").GetString());
        Assert.True(root.GetProperty("simulated").GetBoolean());
        Assert.Equal("completed", root.GetProperty("stopReason").GetString());
        Assert.Equal(205, root.GetProperty("elapsedMs").GetDouble());
        Assert.Equal(200, root.GetProperty("criticalPathMs").GetDouble());
        var usage = root.GetProperty("usage");
        Assert.Equal(3, usage.GetProperty("calls").GetInt32());
        Assert.Equal(540, usage.GetProperty("inputTokens").GetInt64());
        Assert.Equal(142, usage.GetProperty("outputTokens").GetInt64());
        Assert.Equal(0.0011m, usage.GetProperty("costUsd").GetDecimal());
        var trace = root.GetProperty("trace");
        Assert.Equal(3, trace.GetArrayLength());
        Assert.Equal("sim-large", trace[2].GetProperty("model").GetString());
        Assert.True(trace[2].GetProperty("cacheHit").GetBoolean());
        Assert.Equal(1, trace[2].GetProperty("retries").GetInt32());
        Assert.Equal("reply was empty; re-asked", root.GetProperty("warnings")[0].GetProperty("message").GetString());
        Assert.Equal(0.0012m, usage.GetProperty("savedUsd").GetDecimal());
        Assert.Equal(900, trace[2].GetProperty("uncachedLatencyMs").GetDouble());
        Assert.Equal(1010, root.GetProperty("uncachedCriticalPathMs").GetDouble());
        Assert.Equal(0, root.GetProperty("failures").GetArrayLength());
    }
}
