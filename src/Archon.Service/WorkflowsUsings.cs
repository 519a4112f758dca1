// The shared types moved to Archon.Workflows; the queue-based runtime still in this project uses them until the
// orchestrations replace it.
global using Archon.Workflows;
global using Archon.Workflows.Architectures;
global using Archon.Workflows.Benchmarks;
global using Archon.Workflows.Storage;
global using Archon.Workflows.Telemetry;
global using Archon.Workflows.Queries;
global using Archon.Workflows.Searches;
