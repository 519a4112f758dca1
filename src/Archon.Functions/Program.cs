// The Azure Functions isolated worker: the service's parts (Archon.Service, Archon.Workflows) behind thin functions.
using Archon.Service;
using Archon.Workflows.Engine;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddArchonService(builder.Configuration, EngineFactory.FromServices);
builder.Build().Run();
