using Archon.Core.Architectures;
using Archon.Core.Execution;
using Microsoft.Extensions.AI;

namespace Archon.Service.Queries;

/// <summary>A validated query: the architecture to run, the conversation and the budget.</summary>
internal sealed record PreparedQuery(ArchitectureConfig Architecture, IReadOnlyList<ChatMessage> Messages, QueryOptions Options);
