// The Functions custom handler: the Functions host starts this executable with FUNCTIONS_CUSTOMHANDLER_PORT set,
// forwards HTTP requests to it and POSTs queue and timer invocations to /{FunctionName}.
using Archon.Workflows.Engine;
using Archon.Service.Hosting;

var app = ArchonWebApp.Create(args, EngineFactory.FromServices);
await app.RunAsync();
