using Archon.Core.Architectures;
using Archon.Core.Execution;
using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Core.Components.Shared;

/// <summary>Builds model-call requests and message lists from a component's config and input.</summary>
internal static class ModelCalls
{
    /// <summary>A request for one call of <paramref name="component"/> with the config's model and sampling settings.</summary>
    public static ModelCallRequest Request(
        ComponentConfig config,
        ComponentInput input,
        string component,
        IReadOnlyList<ChatMessage> messages,
        int sample = 0,
        ChatResponseFormat? format = null) =>
        new()
        {
            Model = config.Model,
            Messages = messages,
            Layer = input.Layer,
            Component = component,
            ComponentIndex = input.ComponentIndex,
            Sample = sample,
            Temperature = config.Temperature,
            MaxTokens = config.MaxTokens,
            ResponseFormat = format,
        };

    /// <summary>
    /// Messages for a component prompt: a system line (unless <c>no_system</c>), the earlier turns of the conversation
    /// (without its system messages, for multi-turn context), then <paramref name="prompt"/> as the user message.
    /// The caller's messages are reused, never changed.
    /// </summary>
    public static IReadOnlyList<ChatMessage> PromptMessages(ComponentConfig config, ComponentInput input, string system, string prompt)
    {
        var messages = new List<ChatMessage>();
        if (!config.GetBool(ComponentKeys.NoSystem))
        {
            messages.Add(new ChatMessage(ChatRole.System, system));
        }

        var lastUser = LastUserIndex(input.Conversation);
        for (var i = 0; i < lastUser; i++)
        {
            if (input.Conversation[i].Role != ChatRole.System)
            {
                messages.Add(input.Conversation[i]);
            }
        }

        messages.Add(new ChatMessage(ChatRole.User, prompt));
        return messages;
    }

    /// <summary>
    /// True for exceptions that must end the component: a budget stop, or cancellation the caller asked for.
    /// Anything else is one failed call, which the component survives.
    /// </summary>
    public static bool IsFatal(Exception exception, CancellationToken cancellationToken) =>
        exception is BudgetExceededException || (exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private static int LastUserIndex(IReadOnlyList<ChatMessage> conversation)
    {
        for (var i = conversation.Count - 1; i >= 0; i--)
        {
            if (conversation[i].Role == ChatRole.User)
            {
                return i;
            }
        }

        return conversation.Count;
    }
}
