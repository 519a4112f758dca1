using System.CommandLine;
using System.Globalization;
using Archon.Cli.Setup;
using Archon.Cli.Output;
using Archon.Core.Architectures;
using Archon.Core.Execution;
using Archon.Models.Setup;
using Microsoft.Extensions.AI;

namespace Archon.Cli.Commands;

/// <summary>
/// <c>archon run --config &lt;file&gt; "&lt;question&gt;"</c> (or <c>--messages &lt;file.json&gt;</c>): runs one query through
/// an architecture and prints the answer and a trace table, or with <c>--json</c> exactly one JSON object. With
/// <c>--compare &lt;file&gt;</c> a second architecture answers the same question at the same time and both are shown
/// side by side.
/// Exit codes: 0 answered (also after a budget stop, which the output reports), 1 invalid input, 2 usage, 3 the
/// query failed (a component that is not <c>optional</c> produced nothing; the output names it).
/// </summary>
internal sealed class RunCommand : ICliCommand
{
    private const string SimulatedLabel = "[simulated]";
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public RunCommand()
        : this(Console.Out, Console.Error)
    {
    }

    internal RunCommand(TextWriter output, TextWriter error)
    {
        _out = output;
        _error = error;
    }

    public Command Build()
    {
        var models = new ModelOptions();
        var config = new Option<string?>("--config") { Description = "Architecture config JSON file (the original Archon format loads as-is)." };
        var messages = new Option<string?>("--messages") { Description = "JSON file with an OpenAI-style messages array, instead of a question." };
        var json = new Option<bool>("--json") { Description = "Print exactly one JSON object: answer, usage, trace, …" };
        var stream = new Option<bool>("--stream") { Description = "Print the final model call's reply as it arrives (when the last layer is one generator or fuser with one sample)." };
        var maxCalls = new Option<string?>("--max-calls") { Description = "Stop after this many model calls (integer ≥ 1)." };
        var maxCost = new Option<string?>("--max-cost") { Description = "Stop making calls once this many US dollars are spent." };
        var timeout = new Option<string?>("--timeout") { Description = "Deadline for the query in seconds." };
        var compare = new Option<string?>("--compare") { Description = "Another architecture config to answer the same question at the same time; both answers are shown side by side." };
        var question = new Argument<string[]>("question")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "The question (quote it, or its words are joined with spaces).",
        };

        var command = new Command("run", "Run one query through an architecture; print the answer and a trace.");
        command.Options.Add(config);
        command.Options.Add(messages);
        command.Options.Add(json);
        command.Options.Add(stream);
        command.Options.Add(maxCalls);
        command.Options.Add(maxCost);
        command.Options.Add(timeout);
        command.Options.Add(compare);
        models.AddTo(command);
        command.Arguments.Add(question);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var (setupOptions, modelUsage) = models.Read(r);
            var (limits, limitUsage) = ReadLimits(r.GetValue(maxCalls), r.GetValue(maxCost), r.GetValue(timeout));
            var usage = modelUsage ?? limitUsage ?? CheckInputs(r.GetValue(config), r.GetValue(messages), r.GetValue(question))
                ?? (r.GetValue(stream) && r.GetValue(json) ? "--stream prints text as it arrives; it cannot be combined with --json." : null);
            if (usage is not null)
            {
                await _error.WriteLineAsync($"archon run: {usage}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            return await RunAsync(
                r.GetValue(config)!, r.GetValue(compare), r.GetValue(messages), string.Join(' ', r.GetValue(question) ?? []),
                setupOptions!, limits!, r.GetValue(json), r.GetValue(stream), ct).ConfigureAwait(false);
        });
        return command;
    }

    private async Task<int> RunAsync(
        string configPath,
        string? comparePath,
        string? messagesPath,
        string question,
        ModelSetupOptions setupOptions,
        QueryOptions limits,
        bool json,
        bool stream,
        CancellationToken cancellationToken)
    {
        var (setup, setupError) = ModelOptions.Create(setupOptions);
        if (setup is null)
        {
            await _error.WriteLineAsync(setupError).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        if (setup.UsingSimulatedCatalog)
        {
            await (json ? _error : _out).WriteLineAsync(setup.Notice).ConfigureAwait(false);
        }

        var engine = ArchitectureEngine.Create(setup.Resolver);
        var context = engine.Validation;
        var architecture = await LoadAsync(configPath, context).ConfigureAwait(false);
        var comparison = comparePath is null ? null : await LoadAsync(comparePath, context).ConfigureAwait(false);
        if (architecture is null || (comparePath is not null && comparison is null))
        {
            return ExitCodes.InvalidInput;
        }

        IReadOnlyList<ChatMessage> conversation = [new ChatMessage(ChatRole.User, question)];
        if (messagesPath is not null)
        {
            var (fromFile, messagesError) = MessagesFile.Load(messagesPath);
            if (fromFile is null)
            {
                await _error.WriteLineAsync(messagesError).ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }

            conversation = fromFile;
        }

        QueryResult result;
        var written = false;
        List<(string, QueryResult)> compared = [];
        try
        {
            var runner = engine.Runner;
            Task<QueryResult> Run(QueryOptions options) => runner.RunAsync(architecture, conversation, options, cancellationToken);
            // The compared architecture runs at the same time, on the same models and limits; only the main one streams.
            var other = comparison is null ? null : runner.RunAsync(comparison, conversation, limits, cancellationToken);
            (result, written) = stream ? await StreamedAnswer.RunAsync(Run, limits, _out).ConfigureAwait(false) : (await Run(limits).ConfigureAwait(false), false);
            if (other is not null)
            {
                compared.Add((comparison!.Name, await other.ConfigureAwait(false)));
            }
        }
        catch (InvalidArchitectureException ex)
        {
            await _error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        await WriteResultAsync(architecture.Name, result, compared, json, written).ConfigureAwait(false);
        if (result.Failed)
        {
            foreach (var failure in result.Failures)
            {
                await _error.WriteLineAsync($"archon run: error: {failure}").ConfigureAwait(false);
            }

            return ExitCodes.QueryFailed;
        }

        return ExitCodes.Ok;
    }

    private async Task<ArchitectureConfig?> LoadAsync(string path, ArchitectureValidationContext context)
    {
        var loaded = ArchitectureLoader.LoadFile(path, context);
        foreach (var diagnostic in loaded.Diagnostics)
        {
            await _error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }

        if (!loaded.Succeeded)
        {
            await _error.WriteLineAsync($"archon run: {path} is not a valid architecture.").ConfigureAwait(false);
        }

        return loaded.Architecture is { } architecture && loaded.Succeeded ? architecture : null;
    }

    private async Task WriteResultAsync(
        string name, QueryResult result, IReadOnlyList<(string Architecture, QueryResult Result)> compared, bool json, bool answerWritten)
    {
        if (json)
        {
            await _out.WriteLineAsync(QueryResultJson.Serialize(result, compared)).ConfigureAwait(false);
            return;
        }

        // Simulated text usually carries its own label; add one only where it does not.
        var label = result.Simulated && !result.Answer.StartsWith(SimulatedLabel, StringComparison.Ordinal) ? SimulatedLabel + " " : string.Empty;
        if (!answerWritten)
        {
            await _out.WriteLineAsync(label + result.Answer).ConfigureAwait(false);
        }
        else if (label.Length > 0)
        {
            await _out.WriteLineAsync(SimulatedLabel).ConfigureAwait(false);
        }

        await _out.WriteLineAsync().ConfigureAwait(false);
        TraceTable.Write(result, _out);
        if (result.StopReason is not (StopReason.Completed or StopReason.Failed))
        {
            await _out.WriteLineAsync($"stopped early ({result.StopReason}): {result.StopDetail}").ConfigureAwait(false);
        }

        foreach (var warning in result.Trace.Warnings)
        {
            await _out.WriteLineAsync(
                string.Create(CultureInfo.InvariantCulture, $"warning: layer {warning.Layer} {warning.Component} #{warning.ComponentIndex}: {warning.Message}"))
                .ConfigureAwait(false);
        }

        if (compared.Count > 0)
        {
            await _out.WriteLineAsync().ConfigureAwait(false);
            SideBySide.Write([(name, result), .. compared], _out);
        }
    }

    private static string? CheckInputs(string? config, string? messages, string[]? question)
    {
        var hasQuestion = question is { Length: > 0 } && !string.IsNullOrWhiteSpace(string.Join(' ', question));
        if (string.IsNullOrWhiteSpace(config))
        {
            return "--config <file> is required.";
        }

        if (question?.FirstOrDefault(t => t.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
        {
            return $"unknown option '{unknown}' (run 'archon run --help' for the options).";
        }

        return (hasQuestion, messages is not null) switch
        {
            (false, false) => "give the question as an argument, or --messages <file.json>.",
            (true, true) => "give either a question or --messages, not both.",
            _ => null,
        };
    }

    private static (QueryOptions? Limits, string? UsageError) ReadLimits(string? maxCalls, string? maxCost, string? timeout)
    {
        int? calls = null;
        decimal? cost = null;
        TimeSpan? deadline = null;
        if (maxCalls is not null)
        {
            if (!int.TryParse(maxCalls, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return (null, $"--max-calls: '{maxCalls}' is not an integer ≥ 1.");
            }

            calls = n;
        }

        if (maxCost is not null)
        {
            if (!decimal.TryParse(maxCost, NumberStyles.Number, CultureInfo.InvariantCulture, out var usd) || usd <= 0)
            {
                return (null, $"--max-cost: '{maxCost}' is not a dollar amount > 0.");
            }

            cost = usd;
        }

        if (timeout is not null)
        {
            if (!double.TryParse(timeout, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || !(seconds > 0) || seconds > 86_400)
            {
                return (null, $"--timeout: '{timeout}' is not a number of seconds > 0 (at most 86400).");
            }

            deadline = TimeSpan.FromSeconds(seconds);
        }

        return (new QueryOptions { MaxCalls = calls, MaxCostUsd = cost, Deadline = deadline }, null);
    }
}
