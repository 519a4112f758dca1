using System.Text.Json;
using Archon.Cli.Output;
using Archon.Core.Candidates;
using Archon.Core.Tracing;

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

    [Fact]
    public void Serialize_CallsWithOutcomes_WriteWhatEachCallContributed()
    {
        var result = SampleResults.TwoLayers();
        var candidate = result.Final!;
        var calls = result.Trace.Calls.ToArray();
        calls[0] = calls[0] with { Outcome = new CallOutcome { CallId = 0, Candidates = [candidate with { Id = "L0.c0.s0", Text = "draft" }] } };
        calls[1] = calls[1] with
        {
            Outcome = new CallOutcome
            {
                CallId = 1,
                Ranking = ["b", "a"],
                Annotations =
                [
                    new CandidateAnnotation("a") { Critique = new Critique("clear", "wrong sum", "m") },
                    new CandidateAnnotation("b") { Verdict = new Verdict(false, "recomputed", "m") },
                ],
            },
        };
        calls[2] = calls[2] with { Outcome = new CallOutcome { CallId = 2, Unparseable = true } };

        using var json = JsonDocument.Parse(QueryResultJson.Serialize(result with { Trace = result.Trace with { Calls = calls } }));
        var trace = json.RootElement.GetProperty("trace");

        var produced = Assert.Single(trace[0].GetProperty("candidates").EnumerateArray());
        Assert.Equal("L0.c0.s0", produced.GetProperty("id").GetString());
        Assert.Equal("draft", produced.GetProperty("text").GetString());
        Assert.Equal(["b", "a"], trace[1].GetProperty("ranking").EnumerateArray().Select(e => e.GetString()));
        var critique = Assert.Single(trace[1].GetProperty("critiques").EnumerateArray());
        Assert.Equal("a", critique.GetProperty("candidate").GetString());
        Assert.Equal("wrong sum", critique.GetProperty("weaknesses").GetString());
        var verdict = Assert.Single(trace[1].GetProperty("verdicts").EnumerateArray());
        Assert.False(verdict.GetProperty("passed").GetBoolean());
        Assert.True(trace[2].GetProperty("unparseable").GetBoolean());
        Assert.False(trace[0].TryGetProperty("ranking", out _));
    }
}
