using System.Runtime.CompilerServices;
using Archon.Core.Models;
using Archon.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Archon.Models.Pipeline;

/// <summary>
/// Retries transient failures (HTTP 408/429/5xx, connection errors, per-attempt timeouts) a bounded number of
/// times, waiting what the server's Retry-After (or retry-after-ms) asks, else an exponential backoff. Reports the
/// retries made in <see cref="ArchonChatKeys.Retries"/>. Streaming calls are retried only before the first update.
/// Failed attempts the provider billed (<see cref="BilledAttempts"/>) are reported in
/// <see cref="ArchonChatKeys.BilledUsage"/>: on the response when a later attempt succeeds, in the exception's
/// <c>Data</c> when none does.
/// </summary>
internal sealed class RetryingChatClient(IChatClient inner, string model, RetryOptions options, TimeProvider time, ILogger logger)
    : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var billed = new BilledAttempts(list);
        for (var attempt = 0; ; attempt++)
        {
            using var timeout = NewTimeout();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout?.Token ?? CancellationToken.None);
            try
            {
                var response = await base.GetResponseAsync(list, chatOptions, linked.Token);
                var props = response.AdditionalProperties ??= [];
                props[ArchonChatKeys.Retries] = attempt;
                billed.AttachTo(props);
                return response;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ShouldRetry(ex, timeout, attempt, out var delay))
            {
                billed.Add(ex);
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Our attempt timeout, or the transport's own, on the last attempt: the caller did not cancel.
                billed.Add(ex);
                throw billed.AttachTo(new TimeoutException($"Model {model} gave no response within {options.AttemptTimeout.TotalSeconds:0.###} s (after {attempt} retries)."));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                billed.Add(ex);
                billed.AttachTo(ex);
                throw;
            }
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var billed = new BilledAttempts(list);
        for (var attempt = 0; ; attempt++)
        {
            var timeout = NewTimeout();
            var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout?.Token ?? CancellationToken.None);
            var enumerator = base.GetStreamingResponseAsync(list, chatOptions, linked.Token).GetAsyncEnumerator(linked.Token);
            try
            {
                bool hasFirst;
                Exception? failure = null;
                TimeSpan delay = default;
                try
                {
                    hasFirst = await enumerator.MoveNextAsync();
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ShouldRetry(ex, timeout, attempt, out delay))
                {
                    hasFirst = false;
                    failure = ex;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    billed.Add(ex);
                    billed.AttachTo(ex);
                    throw;
                }

                if (failure is not null)
                {
                    billed.Add(failure);
                    await Task.Delay(delay, time, cancellationToken);
                    continue;
                }

                if (!hasFirst)
                {
                    yield break;
                }

                var first = enumerator.Current;
                var firstProps = first.AdditionalProperties ??= [];
                firstProps[ArchonChatKeys.Retries] = attempt;
                billed.AttachTo(firstProps);
                yield return first;
                while (await enumerator.MoveNextAsync())
                {
                    yield return enumerator.Current;
                }

                yield break;
            }
            finally
            {
                await enumerator.DisposeAsync();
                linked.Dispose();
                timeout?.Dispose();
            }
        }
    }

    private CancellationTokenSource? NewTimeout() =>
        options.AttemptTimeout == Timeout.InfiniteTimeSpan ? null : new CancellationTokenSource(options.AttemptTimeout, time);

    private bool ShouldRetry(Exception ex, CancellationTokenSource? timeout, int attempt, out TimeSpan delay)
    {
        delay = default;
        string reason;
        TimeSpan? retryAfter = null;
        if (ex is OperationCanceledException)
        {
            // Only reached when the caller did not cancel: our attempt timeout or the transport's fired.
            reason = timeout?.IsCancellationRequested == true ? "attempt timed out" : "transport timed out";
        }
        else if (!TransientFailure.IsTransient(ex, out reason, out retryAfter))
        {
            return false;
        }

        if (attempt >= options.MaxRetries)
        {
            return false;
        }

        var backoff = options.BaseDelay * Math.Pow(2, attempt);
        delay = retryAfter ?? backoff;
        if (delay > options.MaxDelay)
        {
            delay = options.MaxDelay;
        }

        ArchonModelsTelemetry.Retries.Add(1, new KeyValuePair<string, object?>(ArchonModelsTelemetry.ModelTag, model));
        ModelsLog.Retrying(logger, ClippedText.Clip(model), reason, attempt + 1, options.MaxRetries, (long)delay.TotalMilliseconds);
        return true;
    }
}
