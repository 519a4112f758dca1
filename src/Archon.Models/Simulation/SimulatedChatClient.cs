using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Archon.Core.Architectures;
using Archon.Core.Models;
using Archon.Models.Catalog;
using Archon.Models.Pipeline;
using Microsoft.Extensions.AI;

namespace Archon.Models.Simulation;

/// <summary>
/// A simulated model. Its reply is a pure function of (seed, model, messages, role, sample index, attempt, the
/// component's index in its layer) — at temperature ≤ 0.05 the sample and component indexes are ignored, so greedy
/// samples agree as real ones nearly do; it
/// waits its latency on the injected <see cref="TimeProvider"/> (no wait at 0 ms), reports token usage estimated
/// from the text, sets <see cref="ArchonChatKeys.Simulated"/>, and labels its text with <c>[simulated]</c>
/// (at the start of plain-text replies; inside the fields and as <c>"simulated": true</c> in JSON replies).
/// Generators and fusers that recognise an LLM-judge prompt (<see cref="SimJudgePrompt"/>) reply with a verdict in
/// the judge format instead (<see cref="SimJudgeReplies"/>). Streamed, the same reply arrives one word per update,
/// spread evenly over the latency (<see cref="SimStream"/>), then a last update with usage and the finish reason.
/// </summary>
internal sealed class SimulatedChatClient(ModelCatalogEntry entry, int seed, TimeProvider time) : IChatClient
{
    private static readonly HashSet<string> StructuredRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ComponentTypes.Ranker, ComponentTypes.Critic, ComponentTypes.Verifier, ComponentTypes.UnitTestGenerator, ComponentTypes.UnitTestEvaluator,
    };

    private const float GreedyTemperature = 0.05f;

    private readonly ChatClientMetadata _metadata = new("archon-sim", null, entry.Name);

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var response = Produce(list, options);
        if (entry.Latency > TimeSpan.Zero)
        {
            await Task.Delay(entry.Latency, time, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return response;
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var response = Produce(list, options);
        var pieces = SimStream.Pieces(response.Text);
        var started = time.GetTimestamp();
        for (var i = 0; i < pieces.Count; i++)
        {
            var wait = SimStream.DueAfter(entry.Latency, i, pieces.Count) - time.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate(ChatRole.Assistant, pieces[i])
            {
                ResponseId = response.ResponseId,
                MessageId = response.ResponseId,
                ModelId = response.ModelId,
                CreatedAt = response.CreatedAt,
            };
        }

        if (pieces.Count == 0 && entry.Latency > TimeSpan.Zero)
        {
            await Task.Delay(entry.Latency, time, cancellationToken);
        }

        // The last update carries what the whole reply carries: finish reason, usage and the simulated flag.
        yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(response.Usage!)])
        {
            ResponseId = response.ResponseId,
            MessageId = response.ResponseId,
            ModelId = response.ModelId,
            CreatedAt = response.CreatedAt,
            FinishReason = response.FinishReason,
            AdditionalProperties = response.AdditionalProperties,
        };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    internal ChatResponse Produce(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        var text = Concatenate(messages);
        var props = options?.AdditionalProperties;
        var role = ChatOptionValues.GetString(props, ArchonChatKeys.Role) ?? ComponentTypes.Generator;
        var sample = ChatOptionValues.GetInt(props, ArchonChatKeys.Sample);
        var attempt = ChatOptionValues.GetInt(props, ArchonChatKeys.Attempt);

        var hash = SimRandom.Hash((ulong)seed, entry.Name);
        hash = SimRandom.Hash(hash, role.ToLowerInvariant());
        hash = SimRandom.Hash(hash, text);
        // Greedy decoding (temperature ~0) gives every sample the same answer, as real models nearly do.
        var greedy = options?.Temperature is <= GreedyTemperature;
        hash = SimRandom.Hash(hash, greedy ? 0 : sample);
        hash = SimRandom.Hash(hash, attempt + 1_000_003L);

        // Identical components side by side in a layer sample independently, as identical real calls do; the first
        // component of a layer keeps the seed it always had.
        var position = ChatOptionValues.GetInt(props, ArchonChatKeys.ComponentIndex);
        if (position > 0 && !greedy)
        {
            hash = SimRandom.Hash(hash, position + 2_000_003L);
        }

        var context = new SimContext(entry.Name, entry.Skill, sample, SimPrompt.Parse(text), new SimRandom(hash));
        var judge = role.ToLowerInvariant() is ComponentTypes.Generator or ComponentTypes.Fuser ? SimJudgePrompt.TryParse(context.Prompt.Query) : null;
        var output = judge is not null ? SimJudgeReplies.Respond(context, judge) : role.ToLowerInvariant() switch
        {
            ComponentTypes.Fuser => SimFuser.Respond(context),
            ComponentTypes.Ranker => SimJudges.Rank(context),
            ComponentTypes.Critic => SimJudges.Critique(context),
            ComponentTypes.Verifier => SimJudges.Verify(context),
            ComponentTypes.UnitTestGenerator => SimJudges.GenerateTests(context),
            ComponentTypes.UnitTestEvaluator => SimJudges.EvaluateTests(context),
            _ => SimGenerator.Respond(context),
        };

        if (StructuredRoles.Contains(role) && new SimRandom(hash ^ 0x5DEECE66DUL).NextDouble() < entry.MalformedJsonRate)
        {
            // A truncated reply, like a model that ran out of tokens mid-object: exercises the components' fallbacks.
            output = output[..(output.Length / 2)];
        }

        var input = ChatOptionValues.EstimateTokens(messages);
        var outputTokens = ChatOptionValues.EstimateTokens(output);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, output))
        {
            ModelId = entry.Name,
            ResponseId = "sim-" + hash.ToString("x16", CultureInfo.InvariantCulture),
            CreatedAt = time.GetUtcNow(),
            FinishReason = ChatFinishReason.Stop,
            Usage = new UsageDetails { InputTokenCount = input, OutputTokenCount = outputTokens, TotalTokenCount = input + outputTokens },
            AdditionalProperties = new() { [ArchonChatKeys.Simulated] = true },
        };
    }

    private static string Concatenate(IReadOnlyList<ChatMessage> messages)
    {
        if (messages.Count == 1)
        {
            return messages[0].Text;
        }

        var sb = new StringBuilder();
        foreach (var m in messages)
        {
            sb.Append(m.Text).Append('\n');
        }

        return sb.ToString();
    }
}
