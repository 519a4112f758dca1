using Microsoft.Extensions.Logging;

namespace Archon.Models.Redaction;

/// <summary>
/// An <see cref="ILoggerFactory"/> whose loggers pass every message, structured value and exception through a
/// <see cref="SecretRedactor"/> before the inner factory's providers see it.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner, SecretRedactor redactor) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    /// <summary>The inner factory belongs to the caller; it is not disposed here.</summary>
    public void Dispose()
    {
    }
}
