using System.ClientModel.Primitives;

namespace Archon.Models.Redaction;

/// <summary>
/// A copy of an HTTP error response with its body and header values redacted, so a <c>ClientResultException</c>
/// rebuilt around it keeps the status and the Retry-After headers the pipeline needs, and no secret.
/// </summary>
internal sealed class RedactedPipelineResponse : PipelineResponse
{
    private readonly BinaryData _content;
    private readonly RedactedResponseHeaders _headers;

    public RedactedPipelineResponse(PipelineResponse original, SecretRedactor redactor)
    {
        Status = original.Status;
        ReasonPhrase = original.ReasonPhrase;
        _headers = new RedactedResponseHeaders(original.Headers, redactor);
        string body;
        try
        {
            body = original.BufferContent().ToString();
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or ObjectDisposedException)
        {
            body = string.Empty;
        }

        _content = BinaryData.FromString(redactor.Redact(body));
    }

    public override int Status { get; }

    public override string ReasonPhrase { get; }

    public override Stream? ContentStream { get; set; }

    public override BinaryData Content => _content;

    protected override PipelineResponseHeaders HeadersCore => _headers;

    public override BinaryData BufferContent(CancellationToken cancellationToken = default) => _content;

    public override ValueTask<BinaryData> BufferContentAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(_content);

    public override void Dispose()
    {
    }
}
