using System.Threading.Channels;
using Archon.Core.Architectures;
using Archon.Core.Components;
using Archon.Core.Models;

namespace Archon.Core.Execution;

/// <summary>
/// The streamed final call of one query. It exists when the caller gave <see cref="QueryOptions.FinalLayerDeltas"/>
/// and the last layer is a single component with one sample of a kind that replies with a candidate's text
/// (<see cref="IComponentKind.RepliesWithCandidateText"/>: generators and fusers), whose one model call therefore is
/// the answer.
/// The first call of that layer claims the stream and writes its text deltas to the caller's writer as they arrive.
/// </summary>
internal sealed class FinalAnswerStream
{
    private readonly ChannelWriter<string> _writer;
    private int _claimed;
    private volatile bool _wrote;
    private volatile string? _completedText;

    private FinalAnswerStream(ChannelWriter<string> writer, int layer)
    {
        _writer = writer;
        Layer = layer;
    }

    /// <summary>The index of the streamed (last) layer.</summary>
    public int Layer { get; }

    /// <summary>True once a non-empty delta was written.</summary>
    public bool Wrote => _wrote;

    /// <summary>The streamed call's whole text once it finished; null while it runs, or when it failed.</summary>
    public string? CompletedText => _completedText;

    /// <summary>The stream for <paramref name="architecture"/>, or null when no deltas were asked for or its last layer cannot stream.</summary>
    public static FinalAnswerStream? For(ArchitectureConfig architecture, QueryOptions options, ComponentRegistry registry)
    {
        if (options.FinalLayerDeltas is not { } writer || architecture.Layers.Count == 0)
        {
            return null;
        }

        var last = architecture.Layers[^1];
        return last.Components.Count == 1 && last.Components[0].Samples <= 1 && registry.RepliesWithCandidateText(last.Type)
            ? new FinalAnswerStream(writer, architecture.Layers.Count - 1)
            : null;
    }

    /// <summary>True for the one call that streams: the first call made in the last layer.</summary>
    public bool TryClaim(ModelCallRequest request) =>
        request.Layer == Layer && Interlocked.Exchange(ref _claimed, 1) == 0;

    public void Write(string delta)
    {
        if (delta.Length == 0)
        {
            return;
        }

        _wrote = true;
        _writer.TryWrite(delta);
    }

    public void Complete(string text) => _completedText = text;
}
