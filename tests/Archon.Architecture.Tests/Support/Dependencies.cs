using Assembly = System.Reflection.Assembly;

namespace Archon.Architecture.Tests.Support;

/// <summary>What the types of one assembly use, found in their compiled code (signatures, fields, calls, attributes).</summary>
internal static class Dependencies
{
    /// <summary>
    /// Every use, by a type of <paramref name="assembly"/>, of a type whose full name starts with one of
    /// <paramref name="prefixes"/>, as "user -> used"; and every assembly it references by such a name.
    /// </summary>
    public static IReadOnlyList<string> On(Assembly assembly, params string[] prefixes)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            if (Matches(reference.Name ?? string.Empty, prefixes))
            {
                found.Add($"{assembly.GetName().Name} references assembly {reference.Name}");
            }
        }

        foreach (var type in ArchonAssemblies.TypesOf(assembly))
        {
            foreach (var dependency in type.Dependencies)
            {
                if (Matches(dependency.Target.FullName, prefixes))
                {
                    found.Add($"{type.FullName} -> {dependency.Target.FullName}");
                }
            }
        }

        return [.. found];
    }

    /// <summary>Uses of types from <paramref name="libraries"/> that are not plain data (records and enums).</summary>
    public static IReadOnlyList<string> OnBehaviourOf(Assembly assembly, IReadOnlyList<Assembly> libraries)
    {
        var names = libraries.Select(a => a.GetName().Name).ToHashSet(StringComparer.Ordinal);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in ArchonAssemblies.TypesOf(assembly))
        {
            foreach (var dependency in type.Dependencies)
            {
                var target = dependency.Target;
                var library = libraries.FirstOrDefault(a => a.GetName().Name == target.Assembly?.Name);
                if (library is not null && names.Contains(library.GetName().Name) && !IsData(library, target.FullName))
                {
                    found.Add($"{type.FullName} -> {target.FullName}");
                }
            }
        }

        return [.. found];
    }

    private static bool IsData(Assembly library, string fullName)
    {
        var type = library.GetType(fullName) ?? library.GetType(fullName.Replace('/', '+'));
        return type is not null && (type.IsEnum || type.GetMethod("<Clone>$") is not null);
    }

    private static bool Matches(string name, string[] prefixes) =>
        prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal) || name == p.TrimEnd('.'));
}
