using System.Net;
using System.Net.Sockets;

namespace Archon.Workflows.Tests.Support;

/// <summary>Free loopback ports, so concurrent test hosts never share one.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
