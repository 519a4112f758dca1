namespace Archon.Benchmarks.Sandbox;

/// <summary>The host directory of one run: <c>files/</c> (the program's files) and, with isolation, <c>root/</c> (the tmpfs mount point).</summary>
internal static class SandboxDirectory
{
    private const UnixFileMode Traversable = (UnixFileMode)0x1ED; // 0755: the unprivileged sandbox user reads the copies in.
    private const UnixFileMode Shared = (UnixFileMode)0x1FF;      // 0777: limits-only runs work in files/ itself as that user.
    private const UnixFileMode Readable = (UnixFileMode)0x1A4;    // 0644

    /// <summary>Creates <c>files/</c> (and <c>root/</c>) under <paramref name="dir"/> and writes <paramref name="files"/>.</summary>
    public static void Prepare(string dir, bool isolated, IReadOnlyDictionary<string, byte[]> files)
    {
        var filesDir = Path.Combine(dir, "files");
        Directory.CreateDirectory(filesDir);
        if (isolated)
        {
            Directory.CreateDirectory(Path.Combine(dir, "root"));
        }

        foreach (var (name, content) in files)
        {
            if (name.Length == 0 || name != Path.GetFileName(name) || name is "." or "..")
            {
                throw new ArgumentException($"sandbox file name '{name}' must be a plain file name", nameof(files));
            }

            File.WriteAllBytes(Path.Combine(filesDir, name), content);
            SetMode(Path.Combine(filesDir, name), Readable);
        }

        SetMode(dir, Traversable);
        SetMode(filesDir, isolated ? Traversable : Shared);
        if (isolated)
        {
            SetMode(Path.Combine(dir, "root"), Traversable);
        }
    }

    /// <summary>Deletes <paramref name="dir"/>; a file a straggler still holds is left to the OS temp cleaner.</summary>
    public static void TryDelete(DirectoryInfo dir)
    {
        try
        {
            dir.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }
}
