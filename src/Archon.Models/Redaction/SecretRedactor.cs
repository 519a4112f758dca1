using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Archon.Models.Redaction;

/// <summary>
/// Removes API keys and bearer tokens from text: every key the model setup read from the environment (exact match),
/// and anything shaped like a secret (<c>Bearer …</c>, <c>sk-…</c> keys, <c>api-key: …</c> / <c>api_key=…</c>
/// pairs). Used at the model-client boundary (errors that echo a key never leave the pipeline unredacted) and on
/// every log line the pipeline writes. Thread-safe.
/// </summary>
public sealed partial class SecretRedactor
{
    /// <summary>What a removed secret is replaced with.</summary>
    public const string Mask = "[redacted]";

    /// <summary>Secrets shorter than this are not matched literally (they would mask ordinary words).</summary>
    private const int MinimumSecretLength = 8;

    private ImmutableArray<string> _secrets = [];

    /// <summary>Adds a secret to remove wherever it appears (e.g. an API key read from the environment).</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < MinimumSecretLength)
        {
            return;
        }

        ImmutableInterlocked.Update(ref _secrets, list => list.Contains(secret) ? list : list.Add(secret));
    }

    /// <summary><paramref name="text"/> with every known and secret-shaped value replaced by <see cref="Mask"/>.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = BearerToken().Replace(text, "Bearer " + Mask);
        text = SkKey().Replace(text, "sk-" + Mask);
        return KeyValuePair().Replace(text, "$1" + Mask);
    }

    /// <summary>True when <see cref="Redact"/> would change <paramref name="text"/>.</summary>
    public bool ContainsSecret(string? text) => !string.IsNullOrEmpty(text) && !string.Equals(Redact(text), text, StringComparison.Ordinal);

    [GeneratedRegex(@"(?i)\bBearer\s+(?!\[redacted\])[A-Za-z0-9\-._~+/]{8,}=*")]
    private static partial Regex BearerToken();

    [GeneratedRegex(@"\bsk-(?!\[redacted\])[A-Za-z0-9_\-]{8,}")]
    private static partial Regex SkKey();

    [GeneratedRegex(@"(?i)(\b(?:api[-_ ]?key|access[-_ ]?token|x-api-key)[""']?\s*[:=]\s*[""']?)(?!\[redacted\])[A-Za-z0-9\-._~+/]{8,}")]
    private static partial Regex KeyValuePair();
}
