global using Archon.Workflows;
global using Archon.Workflows.Benchmarks;
global using Archon.Workflows.Telemetry;
global using Archon.Workflows.Queries;
