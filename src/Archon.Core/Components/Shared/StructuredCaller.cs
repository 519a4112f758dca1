using Archon.Core.Execution;
using Archon.Core.Models;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Archon.Core.Components.Shared;

/// <summary>
/// Makes a call whose reply must parse, re-asking up to <see cref="MaxRetries"/> times with a reminder of the
/// required shape (<see cref="ModelCallRequest.Attempt"/> 1, 2, …). A budget stop or caller cancellation propagates;
/// any other call failure ends the attempts and is reported in the outcome.
/// </summary>
internal sealed class StructuredCaller(ILogger logger, int maxRetries)
{
    /// <summary>Re-asks after the first unparseable reply.</summary>
    public int MaxRetries { get; } = maxRetries >= 0 ? maxRetries : throw new ArgumentOutOfRangeException(nameof(maxRetries));

    public async Task<StructuredOutcome<T>> CallAsync<T>(
        IModelInvoker models,
        ModelCallRequest request,
        Func<string, T?> parse,
        string reminder,
        CancellationToken cancellationToken)
        where T : class
    {
        var unreadable = new List<int>();
        for (var attempt = 0; attempt <= MaxRetries; attempt++)
        {
            var current = attempt == 0
                ? request
                : request with { Attempt = attempt, Messages = WithReminder(request.Messages, reminder) };
            ModelCallResult result;
            try
            {
                result = await models.CallAsync(current, cancellationToken);
            }
            catch (Exception ex) when (!ModelCalls.IsFatal(ex, cancellationToken))
            {
                logger.CallFailed(ex, request.Component, request.Layer, request.Model);
                return new StructuredOutcome<T>(null, attempt + 1, $"model call failed ({ex.GetType().Name}: {ex.Message})", CallFailed: true)
                {
                    UnreadableCallIds = unreadable,
                };
            }

            if (parse(result.Text) is { } value)
            {
                return new StructuredOutcome<T>(value, attempt + 1, null) { CallId = result.CallId, UnreadableCallIds = unreadable };
            }

            unreadable.Add(result.CallId);
            if (attempt < MaxRetries)
            {
                logger.Reasking(request.Component, request.Layer, request.Model, attempt + 1);
            }
        }

        return new StructuredOutcome<T>(null, MaxRetries + 1, $"reply unparseable after {MaxRetries + 1} attempts")
        {
            UnreadableCallIds = unreadable,
        };
    }

    /// <summary>A copy of <paramref name="messages"/> whose last (user) message has the reminder appended.</summary>
    private static List<ChatMessage> WithReminder(IReadOnlyList<ChatMessage> messages, string reminder)
    {
        var copy = new List<ChatMessage>(messages);
        var last = copy[^1];
        copy[^1] = new ChatMessage(last.Role, $"{last.Text}\n\n{reminder}");
        return copy;
    }
}
