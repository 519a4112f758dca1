using System.CommandLine;
using Archon.LocalHost;

namespace Archon.Cli.Commands;

/// <summary><c>archon serve</c>: the HTTP API and the orchestrations on a local Durable Task worker over Azure Storage or Azurite, without the Functions host.</summary>
internal sealed class ServeCommand : ICliCommand
{
    public Command Build()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (default http://127.0.0.1:7071; binds loopback unless told otherwise).",
            DefaultValueFactory = _ => ArchonWebApp.DefaultUrls,
        };
        var azurite = new Option<bool>("--azurite") { Description = "Start the project-local Azurite (installing it on first use) and stop it on exit." };
        var azuriteLocation = new Option<string?>("--azurite-location") { Description = "Keep Azurite's data in this folder instead of in memory." };
        var simulate = new Option<bool>("--simulate") { Description = "Run every model as a simulated model (no network, no keys)." };
        var simLatency = new Option<int?>("--sim-latency-ms") { Description = "Latency of simulated calls in milliseconds." };
        var insecure = new Option<bool>("--insecure")
        {
            Description = "Allow listening beyond loopback without Archon__ApiKey (anyone who can reach the port can use the service).",
        };
        var command = new Command("serve", "Run the service: HTTP API, orchestrations (queries, benchmarks, searches) and scheduled searches, on Azure Storage or Azurite.");
        command.Options.Add(urls);
        command.Options.Add(azurite);
        command.Options.Add(azuriteLocation);
        command.Options.Add(simulate);
        command.Options.Add(simLatency);
        command.Options.Add(insecure);
        command.SetAction((ParseResult r, CancellationToken ct) => ServeRunner.RunAsync(
            new ServeOptions(r.GetValue(urls)!, r.GetValue(azurite), r.GetValue(azuriteLocation), r.GetValue(simulate), r.GetValue(simLatency), r.GetValue(insecure)), ct));
        return command;
    }
}
