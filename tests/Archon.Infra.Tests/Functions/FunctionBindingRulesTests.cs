using System.Text.Json;

namespace Archon.Infra.Tests.Functions;

public class FunctionBindingRulesTests
{
    private static readonly string[] Queues = ["work", "work-poison"];
    private static readonly string[] Containers = ["archon"];
    private static readonly string[] Settings = ["AzureWebJobsStorage__accountName", "Archon__SearchSchedule"];

    [Fact]
    public void Check_BindingsTheInfraSupports_ReportsNothing()
    {
        var problems = FunctionBindingRules.Check(
            [
                Binding("work-item", """{"type":"queueTrigger","name":"msg","queueName":"work","connection":"AzureWebJobsStorage"}"""),
                Binding("report", """{"type":"blob","name":"out","path":"archon/runs/{id}.json","direction":"out"}"""),
                Binding("timer", """{"type":"timerTrigger","name":"t","schedule":"%Archon__SearchSchedule%"}"""),
            ],
            Queues,
            Containers,
            Settings);

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_UnknownQueueContainerAndSetting_AreEachReported()
    {
        var problems = FunctionBindingRules.Check(
            [
                Binding("a", """{"type":"queueTrigger","name":"msg","queueName":"missing-queue"}"""),
                Binding("b", """{"type":"blobTrigger","name":"in","path":"other/{name}"}"""),
                Binding("c", """{"type":"timerTrigger","name":"t","schedule":"%Archon__Unset%"}"""),
            ],
            Queues,
            Containers,
            Settings);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("queue 'missing-queue'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("container 'other'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("%Archon__Unset%", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ConnectionWithoutIdentitySettings_IsReported()
    {
        var problems = FunctionBindingRules.Check(
            [Binding("a", """{"type":"queue","name":"out","queueName":"work","connection":"OtherStorage","direction":"out"}""")],
            Queues,
            Containers,
            Settings);

        Assert.Contains("connection 'OtherStorage'", Assert.Single(problems), StringComparison.Ordinal);
    }

    private static (string, JsonElement) Binding(string function, string json) => (function, JsonDocument.Parse(json).RootElement.Clone());
}
