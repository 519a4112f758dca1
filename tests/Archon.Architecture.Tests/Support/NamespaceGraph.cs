using ArchUnitNET.Domain;

namespace Archon.Architecture.Tests.Support;

/// <summary>
/// Which namespaces (folders) of one assembly use which, with one type-level dependency kept as the example of each
/// edge, and the cycles among them (strongly connected components of more than one namespace).
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    public NamespaceGraph(IEnumerable<IType> types)
    {
        var declared = types.ToList();
        var own = declared.Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var type in declared)
        {
            var from = type.Namespace.FullName;
            var targets = _edges.TryGetValue(from, out var known) ? known : _edges[from] = new(StringComparer.Ordinal);
            foreach (var dependency in type.Dependencies)
            {
                var target = dependency.Target;
                if (!own.Contains(target.FullName) || target.Namespace.FullName == from)
                {
                    continue;
                }

                targets.TryAdd(target.Namespace.FullName, $"{type.FullName} -> {target.FullName}");
            }
        }
    }

    public IReadOnlyCollection<string> Namespaces => _edges.Keys;

    /// <summary>Whether <paramref name="from"/> uses <paramref name="to"/> directly.</summary>
    public bool Uses(string from, string to) => _edges.TryGetValue(from, out var targets) && targets.ContainsKey(to);

    /// <summary>Every group of namespaces that reach one another, each described by the edges inside it.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var cycles = new List<string>();
        foreach (var component in StronglyConnected().Where(c => c.Count > 1))
        {
            var members = component.ToHashSet(StringComparer.Ordinal);
            var inside = component
                .SelectMany(from => _edges[from].Where(e => members.Contains(e.Key)).Select(e => $"  {from} -> {e.Key} (e.g. {e.Value})"))
                .Order(StringComparer.Ordinal);
            cycles.Add($"{string.Join(", ", component.Order(StringComparer.Ordinal))}:{Environment.NewLine}{string.Join(Environment.NewLine, inside)}");
        }

        return cycles;
    }

    // Tarjan's algorithm over the namespace edges.
    private List<List<string>> StronglyConnected()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in _edges.TryGetValue(node, out var targets) ? targets.Keys.ToList() : [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in _edges.Keys.ToList())
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }
}
