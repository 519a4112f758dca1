using Archon.Core.Candidates;
using Microsoft.Extensions.AI;

namespace Archon.Core.Execution;

/// <summary>
/// One component run of a layer, as a host that schedules each run on its own (an orchestration activity) describes it:
/// which component, which sample (null: all of them), and the layer's input.
/// </summary>
/// <param name="Layer">0-based layer index.</param>
/// <param name="ComponentIndex">The component's index in its layer.</param>
/// <param name="Sample">The one sample to make (generators and fusers), or null for the component's whole run.</param>
/// <param name="Conversation">The query's messages.</param>
/// <param name="Candidates">The previous layer's candidates.</param>
/// <param name="UnitTests">The unit tests generated so far.</param>
public sealed record ComponentStep(
    int Layer,
    int ComponentIndex,
    int? Sample,
    IReadOnlyList<ChatMessage> Conversation,
    IReadOnlyList<Candidate> Candidates,
    IReadOnlyList<string> UnitTests);
