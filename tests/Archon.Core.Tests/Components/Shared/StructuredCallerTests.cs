using Archon.Core.Components.BuiltIn;
using Archon.Core.Components.Shared;
using Archon.Core.Execution;
using Archon.Core.Models;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archon.Core.Tests.Components.Shared;

public class StructuredCallerTests
{
    private static ModelCallRequest Request(List<ChatMessage> messages) =>
        new() { Model = "m", Messages = messages, Layer = 1, Component = "ranker" };

    private static string? ParseOk(string text) => text == "ok" ? text : null;

    [Fact]
    public async Task CallAsync_UnreadableThenReadable_ReasksWithReminderOnACopy()
    {
        var models = new FakeModelInvoker(r => r.Attempt == 2 ? "ok" : "garbage");
        var messages = new List<ChatMessage> { new(ChatRole.System, "s"), new(ChatRole.User, "prompt") };
        var caller = new StructuredCaller(NullLogger.Instance, maxRetries: 2);

        var outcome = await caller.CallAsync(models, Request(messages), ParseOk, "REMIND", CancellationToken.None);

        Assert.Equal("ok", outcome.Value);
        Assert.Equal(3, outcome.Attempts);
        Assert.Null(outcome.Failure);
        Assert.Equal([0, 1, 2], models.Requests.Select(r => r.Attempt));
        Assert.Equal("prompt\n\nREMIND", models.Requests[2].Messages[^1].Text);
        Assert.Equal("s", models.Requests[2].Messages[0].Text);
        Assert.Equal("prompt", messages[1].Text);
        Assert.Equal(2, messages.Count);
    }

    [Fact]
    public async Task CallAsync_NeverReadable_StopsAfterRetriesWithFailure()
    {
        var models = new FakeModelInvoker(_ => "garbage");
        var caller = new StructuredCaller(NullLogger.Instance, maxRetries: 1);

        var outcome = await caller.CallAsync(models, Request([new(ChatRole.User, "p")]), ParseOk, "R", CancellationToken.None);

        Assert.Null(outcome.Value);
        Assert.False(outcome.CallFailed);
        Assert.Equal(2, models.Requests.Count);
        Assert.Contains("unparseable", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAsync_CallThrows_DoesNotReaskAndReportsCallFailure()
    {
        var models = new FakeModelInvoker(_ => throw new HttpRequestException("refused"));
        var caller = new StructuredCaller(NullLogger.Instance, BuiltInComponents.DefaultParseRetries);

        var outcome = await caller.CallAsync(models, Request([new(ChatRole.User, "p")]), ParseOk, "R", CancellationToken.None);

        Assert.Single(models.Requests);
        Assert.True(outcome.CallFailed);
        Assert.Contains("refused", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAsync_TimeoutNotRequestedByCaller_CountsAsCallFailure()
    {
        var models = new FakeModelInvoker(_ => throw new TaskCanceledException("http timeout"));
        var caller = new StructuredCaller(NullLogger.Instance, BuiltInComponents.DefaultParseRetries);

        var outcome = await caller.CallAsync(models, Request([new(ChatRole.User, "p")]), ParseOk, "R", CancellationToken.None);

        Assert.True(outcome.CallFailed);
    }
}
