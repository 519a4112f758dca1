using Archon.Core.Execution;
using Microsoft.Extensions.AI;

namespace Archon.Service.Queries;

/// <summary>A validated query: the architecture to run (checked and resolved once), the conversation and the budget.</summary>
internal sealed record PreparedQuery(ResolvedArchitecture Architecture, IReadOnlyList<ChatMessage> Messages, QueryOptions Options);
