using Archon.Core.Candidates;
using Archon.Core.Execution;
using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Core.Components;

/// <summary>What a component receives: the conversation, the previous layer's candidates and unit tests, and the model invoker.</summary>
/// <param name="Layer">0-based index of the layer the component sits in.</param>
/// <param name="ComponentIndex">Index of the component within its layer.</param>
/// <param name="Conversation">The caller's messages; never mutate them.</param>
/// <param name="Candidates">Candidates produced by the previous layer (empty for generators).</param>
/// <param name="UnitTests">Natural-language unit tests generated so far (empty if none).</param>
/// <param name="Models">Invoker for all model calls.</param>
public sealed record ComponentInput(
    int Layer,
    int ComponentIndex,
    IReadOnlyList<ChatMessage> Conversation,
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<string> UnitTests,
    IModelInvoker Models)
{
    /// <summary>
    /// When set, a sampling component (generator, fuser) makes only this sample's call instead of all of them: a host
    /// that runs each sample as its own step (one orchestration activity per model call) sets it. Null runs every sample.
    /// </summary>
    public int? Sample { get; init; }

    /// <summary>The text of the last user message: the query the architecture answers.</summary>
    public string Query => Conversation.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? string.Empty;
}
