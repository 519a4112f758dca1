using System.Runtime.CompilerServices;
using Archon.Core.Models;
using Microsoft.Extensions.AI;

namespace Archon.Models.Pipeline;

/// <summary>
/// Adds every finished call to the shared <see cref="UsageCounter"/>, priced with the model's catalog prices.
/// When a server reports no usage, tokens are estimated (4 characters a token) and filled in, so traces and budgets
/// never see zero-cost calls (a stream without usage gets the estimate as a last <see cref="UsageContent"/> update).
/// Failed attempts the provider billed (<see cref="ArchonChatKeys.BilledUsage"/>, from the retry stage) are added to
/// the response's usage, or counted with the failure when the call fails, so cost is never below what was spent. A
/// cache hit costs nothing; its catalog price is counted as saved.
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
            RecordFailure(ex);
            throw;
        }

        response.Usage ??= Estimate(list, response.Text);
        response.Usage = WithBilled(response.Usage, response.AdditionalProperties);
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
                RecordFailure(ex);
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

        if (usage is null || props.ContainsKey(ArchonChatKeys.BilledUsage))
        {
            // As for a whole response: a server that reports no usage gets an estimate, and billed failed attempts are
            // added; sent as a last update so the caller's trace sees the same tokens this counter does.
            var reported = usage;
            usage = WithBilled(usage ?? Estimate(list, text.ToString()), props);
            var extra = reported is null ? usage : new UsageDetails
            {
                InputTokenCount = usage.InputTokenCount - reported.InputTokenCount,
                OutputTokenCount = usage.OutputTokenCount - reported.OutputTokenCount,
                TotalTokenCount = usage.TotalTokenCount - reported.TotalTokenCount,
            };
            yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(extra)]);
        }

        Record(usage, props);
    }

    private static UsageDetails Estimate(IReadOnlyList<ChatMessage> messages, string output)
    {
        var input = ChatOptionValues.EstimateTokens(messages);
        var outputTokens = ChatOptionValues.EstimateTokens(output);
        return new UsageDetails { InputTokenCount = input, OutputTokenCount = outputTokens, TotalTokenCount = input + outputTokens };
    }

    // The billed usage is folded in once, here; the key is removed so no later reader adds it again.
    private static UsageDetails WithBilled(UsageDetails usage, AdditionalPropertiesDictionary? props)
    {
        if (props is null || !props.TryGetValue(ArchonChatKeys.BilledUsage, out var value) || value is not UsageDetails billed)
        {
            return usage;
        }

        props.Remove(ArchonChatKeys.BilledUsage);
        var input = (usage.InputTokenCount ?? 0) + (billed.InputTokenCount ?? 0);
        var output = (usage.OutputTokenCount ?? 0) + (billed.OutputTokenCount ?? 0);
        return new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output };
    }

    private void RecordFailure(Exception ex)
    {
        var billed = ex.Data[ArchonChatKeys.BilledUsage] as UsageDetails;
        var input = billed?.InputTokenCount ?? 0;
        var output = billed?.OutputTokenCount ?? 0;
        var cost = pricing.Cost(input, output);
        counter.RecordFailure(input, output, cost);
        AddCost(cost);
    }

    private void Record(UsageDetails usage, AdditionalPropertiesDictionary? props)
    {
        var input = usage.InputTokenCount ?? 0;
        var output = usage.OutputTokenCount ?? 0;
        var cacheHit = ChatOptionValues.GetBool(props, ArchonChatKeys.CacheHit);
        var cost = pricing.Cost(input, output);
        counter.Record(input, output, cost, cacheHit, ChatOptionValues.GetInt(props, ArchonChatKeys.Retries));
        if (!cacheHit)
        {
            AddCost(cost);
        }
    }

    private void AddCost(decimal cost)
    {
        if (cost > 0)
        {
            ArchonModelsTelemetry.Cost.Add((double)cost, new KeyValuePair<string, object?>(ArchonModelsTelemetry.ModelTag, model));
        }
    }
}
