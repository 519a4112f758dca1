using Microsoft.Extensions.Logging;

namespace Archon.Models.Redaction;

/// <summary>Redacts the formatted message, string-valued structured state and the exception of every entry.</summary>
internal sealed class RedactingLogger(ILogger inner, SecretRedactor redactor) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var safeException = exception is null ? null : RedactedExceptions.Redact(exception, redactor);
        var message = redactor.Redact(formatter(state, exception));
        IReadOnlyList<KeyValuePair<string, object?>> values = state is IReadOnlyList<KeyValuePair<string, object?>> pairs
            ? [.. pairs.Select(p => p.Value is string text ? new KeyValuePair<string, object?>(p.Key, redactor.Redact(text)) : p)]
            : [];
        inner.Log(logLevel, eventId, new RedactedLogState(values, message), safeException, static (s, _) => s.Message);
    }
}
