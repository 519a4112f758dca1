using System.Net;
using Archon.Service.Http;
using Archon.Service;

namespace Archon.LocalHost;

/// <summary>Which of the addresses in a <c>--urls</c> value reach beyond this machine.</summary>
internal static class ListenAddresses
{
    /// <summary>The first URL that does not listen on loopback only (<c>0.0.0.0</c>, <c>*</c>, <c>+</c>, a host name, a LAN address), or null.</summary>
    public static string? FirstBeyondLoopback(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = HostOf(url);
            if (!(string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip))))
            {
                return url;
            }
        }

        return null;
    }

    private static string HostOf(string url)
    {
        var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        rest = rest.Split('/')[0];
        if (rest.StartsWith('['))
        {
            return rest[1..rest.IndexOf(']', StringComparison.Ordinal)];
        }

        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }
}
