using System.Threading.Channels;
using Archon.Core.Execution;

namespace Archon.Cli.Output;

/// <summary>
/// Runs a query with its final layer streamed (<see cref="QueryOptions.FinalLayerDeltas"/>) and writes each text delta
/// as it arrives. When the final layer cannot stream (several components or samples), nothing is written here and
/// the caller prints the answer; when a streamed reply is cut off, a line says so and the caller prints the answer.
/// </summary>
internal static class StreamedAnswer
{
    /// <summary>Runs the query; returns its result and whether the whole answer has been written.</summary>
    public static async Task<(QueryResult Result, bool Written)> RunAsync(
        Func<QueryOptions, Task<QueryResult>> run, QueryOptions limits, TextWriter output)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var wrote = false;
        var printer = Task.Run(async () =>
        {
            await foreach (var delta in channel.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                wrote = true;
                await output.WriteAsync(delta).ConfigureAwait(false);
                await output.FlushAsync().ConfigureAwait(false);
            }
        });

        QueryResult result;
        try
        {
            result = await run(limits with { FinalLayerDeltas = channel.Writer }).ConfigureAwait(false);
        }
        finally
        {
            channel.Writer.TryComplete(); // the runner never completes the writer
            await printer.ConfigureAwait(false);
        }

        if (wrote)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            if (!result.AnswerStreamed)
            {
                await output.WriteLineAsync("(the streamed reply was cut off; the answer comes from the last complete layer:)").ConfigureAwait(false);
            }
        }

        return (result, wrote && result.AnswerStreamed);
    }
}
