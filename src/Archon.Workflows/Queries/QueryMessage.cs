using Microsoft.Extensions.AI;

namespace Archon.Workflows.Queries;

/// <summary>One message of a query's conversation as orchestrations carry it (plain role and text, so it serialises as is).</summary>
internal sealed record QueryMessage(string Role, string Text)
{
    public static QueryMessage From(ChatMessage message) => new(message.Role.Value, message.Text);

    public static IReadOnlyList<QueryMessage> From(IEnumerable<ChatMessage> messages) => [.. messages.Select(From)];

    public ChatMessage ToChatMessage() => new(new ChatRole(Role), Text);

    public static IReadOnlyList<ChatMessage> ToChatMessages(IEnumerable<QueryMessage> messages) => [.. messages.Select(m => m.ToChatMessage())];
}
