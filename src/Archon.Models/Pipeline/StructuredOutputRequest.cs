using Archon.Models.Catalog;
using Microsoft.Extensions.AI;

namespace Archon.Models.Pipeline;

/// <summary>Rewrites a request with a JSON-schema response format for an endpoint's structured-output mode.</summary>
internal static class StructuredOutputRequest
{
    /// <summary>
    /// The messages and options to send: unchanged for <c>json_schema</c>; for <c>json_object</c> JSON mode and for
    /// <c>none</c> no response format, both with the schema appended to the last message. The caller's messages and
    /// options are never changed.
    /// </summary>
    public static (IReadOnlyList<ChatMessage> Messages, ChatOptions Options) Adapt(
        IReadOnlyList<ChatMessage> messages, ChatOptions options, ChatResponseFormatJson format, string mode)
    {
        if (mode == StructuredOutputModes.JsonSchema)
        {
            return (messages, options);
        }

        var adapted = options.Clone();
        adapted.ResponseFormat = mode == StructuredOutputModes.JsonObject ? ChatResponseFormat.Json : null;
        return (WithInstruction(messages, Instruction(format)), adapted);
    }

    /// <summary>The sentence that asks for the same JSON the schema describes.</summary>
    public static string Instruction(ChatResponseFormatJson format) =>
        $"Reply with only a JSON object that matches this JSON schema, with no text before or after it:\n{format.Schema?.GetRawText()}";

    // Appended as text to the last message (not as a second content part: some servers accept only string content).
    private static List<ChatMessage> WithInstruction(IReadOnlyList<ChatMessage> messages, string instruction)
    {
        var copy = new List<ChatMessage>(messages);
        if (copy.Count == 0)
        {
            copy.Add(new ChatMessage(ChatRole.User, instruction));
            return copy;
        }

        var last = copy[^1];
        var replaced = new ChatMessage(last.Role, $"{last.Text}\n\n{instruction}")
        {
            AuthorName = last.AuthorName,
            MessageId = last.MessageId,
            AdditionalProperties = last.AdditionalProperties,
        };
        copy[^1] = replaced;
        return copy;
    }
}
