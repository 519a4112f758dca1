using System.CommandLine;
using Archon.Service.Hosting;

namespace Archon.Cli.Commands;

/// <summary><c>archon serve</c>: the HTTP API plus queue polling and the timer, without the Functions host.</summary>
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
        var command = new Command("serve", "Run the service: HTTP API, queue workers and scheduled searches, on Azure Storage or Azurite.");
        command.Options.Add(urls);
        command.Options.Add(azurite);
        command.Options.Add(azuriteLocation);
        command.Options.Add(simulate);
        command.Options.Add(simLatency);
        command.SetAction((ParseResult r, CancellationToken ct) => ServeRunner.RunAsync(
            new ServeOptions(r.GetValue(urls)!, r.GetValue(azurite), r.GetValue(azuriteLocation), r.GetValue(simulate), r.GetValue(simLatency)), ct));
        return command;
    }
}
