namespace Archon.LocalHost;

/// <summary>The service cannot start as configured (the message says what to change).</summary>
public sealed class ServiceConfigurationException : Exception
{
    public ServiceConfigurationException()
    {
    }

    public ServiceConfigurationException(string message)
        : base(message)
    {
    }

    public ServiceConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
