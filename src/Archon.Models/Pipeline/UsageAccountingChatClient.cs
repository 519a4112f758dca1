using System.Runtime.CompilerServices;
using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Models.Pipeline;

/// <summary>
/// Adds every finished call to the shared <see cref="UsageCounter"/>, priced with the model's catalog prices.
/// When a server reports no usage, tokens are estimated (4 characters a token) and filled in, so traces and budgets
/// never see zero-cost calls (a stream without usage gets the estimate as a last <see cref="UsageContent"/> update).
/// </summary>
internal sealed class UsageAccountingChatClient(IChatClient inner, UsageCounter counter, ModelPricing pricing, string model) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(list, options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            counter.RecordFailure();
            throw;
        }

        response.Usage ??= Estimate(list, response.Text);
        Record(response.Usage, response.AdditionalProperties);
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        UsageDetails? usage = null;
        var props = new AdditionalPropertiesDictionary();
        var text = new System.Text.StringBuilder();
        await using var updates = base.GetStreamingResponseAsync(list, options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await updates.MoveNextAsync())
                {
                    break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                counter.RecordFailure();
                throw;
            }

            var update = updates.Current;
            foreach (var content in update.Contents)
            {
                if (content is UsageContent u)
                {
                    usage = u.Details;
                }
            }

            if (update.AdditionalProperties is { } p)
            {
                foreach (var kv in p)
                {
                    props[kv.Key] = kv.Value;
                }
            }

            text.Append(update.Text);
            yield return update;
        }

        if (usage is null)
        {
            // As for a whole response: a server that reports no usage gets an estimate, sent as a last update so the
            // caller's trace sees the same tokens this counter does.
            usage = Estimate(list, text.ToString());
            yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(usage)]);
        }

        Record(usage, props);
    }

    private static UsageDetails Estimate(IReadOnlyList<ChatMessage> messages, string output)
    {
        var input = ChatOptionValues.EstimateTokens(messages);
        var outputTokens = ChatOptionValues.EstimateTokens(output);
        return new UsageDetails { InputTokenCount = input, OutputTokenCount = outputTokens, TotalTokenCount = input + outputTokens };
    }

    private void Record(UsageDetails usage, AdditionalPropertiesDictionary? props)
    {
        var input = usage.InputTokenCount ?? 0;
        var output = usage.OutputTokenCount ?? 0;
        var cacheHit = ChatOptionValues.GetBool(props, ArchonChatKeys.CacheHit);
        var cost = pricing.Cost(input, output);
        counter.Record(input, output, cost, cacheHit, ChatOptionValues.GetInt(props, ArchonChatKeys.Retries));
        if (!cacheHit && cost > 0)
        {
            ArchonModelsTelemetry.Cost.Add((double)cost, new KeyValuePair<string, object?>(ArchonModelsTelemetry.ModelTag, model));
        }
    }
}
