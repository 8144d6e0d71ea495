using System.Diagnostics;

namespace SecretNu.Tests.Cli;

/// <summary>Runs the command line as a separate process (the CLI assembly copied beside the tests), with the test data.</summary>
public static class CliProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SecretNu.Cli.dll"));
        foreach (string a in args) info.ArgumentList.Add(a);
        info.Environment[DataDirectory.EnvironmentVariable] = TestData.Directory;
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        return info;
    }

    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null) =>
        Process.Start(StartInfo(args, environment)) ?? throw new InvalidOperationException("could not start the CLI");

    /// <summary>Runs to completion; returns the exit code and both streams.</summary>
    public static (int Code, string Out, string Err) Run(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var p = Start(args, environment);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Asserts that every file of <paramref name="expected"/> (but the excluded names) exists in <paramref name="actual"/>
    /// with the same bytes, and that <paramref name="actual"/> has no other files.</summary>
    public static void AssertSameFiles(string expected, string actual, params string[] exclude)
    {
        var names = Directory.EnumerateFileSystemEntries(expected).Select(Path.GetFileName).Where(n => !exclude.Contains(n)).Order().ToArray();
        var other = Directory.EnumerateFileSystemEntries(actual).Select(Path.GetFileName).Where(n => !exclude.Contains(n)).Order().ToArray();
        Assert.Equal(names, other);
        Assert.NotEmpty(names);
        foreach (string? name in names)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name!))),
                $"{name} differs between {expected} and {actual}");
    }
}
