using Archon.Core.Architectures;
using Archon.Core.Execution;
using Archon.Core.Tracing;
using Microsoft.Extensions.AI;

namespace Archon.Benchmarks.Scoring;

/// <summary>Asks the judge architecture one prompt; a judge is any architecture, from one model to an ensemble.</summary>
internal sealed class JudgeClient(ArchitectureConfig judge, IArchitectureRunner runner, QueryOptions queryOptions)
{
    public async Task<JudgeReply> AskAsync(string system, string prompt, CancellationToken cancellationToken)
    {
        IReadOnlyList<ChatMessage> messages = [new(ChatRole.System, system), new(ChatRole.User, prompt)];
        var result = await runner.RunAsync(judge, messages, queryOptions, cancellationToken).ConfigureAwait(false);
        return new JudgeReply(result.Answer, result.Trace.Totals, result.Simulated);
    }
}
