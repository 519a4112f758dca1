using System.ClientModel.Primitives;

namespace Archon.Models.Redaction;

/// <summary>The headers of an HTTP response, copied with their values redacted.</summary>
internal sealed class RedactedResponseHeaders : PipelineResponseHeaders
{
    private readonly List<KeyValuePair<string, string>> _headers;

    public RedactedResponseHeaders(PipelineResponseHeaders original, SecretRedactor redactor)
    {
        _headers = [.. original.Select(h => new KeyValuePair<string, string>(h.Key, redactor.Redact(h.Value)))];
    }

    public override IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _headers.GetEnumerator();

    public override bool TryGetValue(string name, out string? value)
    {
        var values = _headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        value = values.Count == 0 ? null : string.Join(",", values);
        return values.Count > 0;
    }

    public override bool TryGetValues(string name, out IEnumerable<string>? values)
    {
        var found = _headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        values = found.Count == 0 ? null : found;
        return found.Count > 0;
    }
}
