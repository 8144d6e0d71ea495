using System.Diagnostics;

namespace SecretNu.Tests.Cli;

/// <summary>Issue 6 point 8: <c>dotnet pack</c> makes a dotnet tool named secretnu that installs from the local package and
/// whose <c>--version</c> is the version stamped in outputs.</summary>
public class PackagingTests
{
    static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "SecretNu.slnx"))) return d.FullName;
        throw new InvalidOperationException("repository root (SecretNu.slnx) not found above the test binaries");
    }

    static (int Code, string Out) Run(string file, params string[] args) => RunIn(null, file, args);

    [Fact]
    public void PackedToolInstallsAndReportsTheStampedVersion()
    {
        using var tmp = new TempDirectory();
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
        string project = Path.Combine(RepositoryRoot(), "src", "SecretNu.Cli", "SecretNu.Cli.csproj");
        // --no-build: package the CLI exactly as built with these tests
        var pack = Run(dotnet, "pack", project, "-c", configuration, "--no-build", "-o", tmp.Path, "-nologo");
        Assert.True(pack.Code == 0, pack.Out);
        string package = Assert.Single(Directory.GetFiles(tmp.Path, "SecretNu.Tool.*.nupkg"));
        Assert.EndsWith($"SecretNu.Tool.{BuildInfo.PackageVersion}.nupkg", package);

        string tools = Path.Combine(tmp.Path, "tools");
        var install = Run(dotnet, "tool", "install", "SecretNu.Tool", "--tool-path", tools, "--add-source", tmp.Path, "--version", BuildInfo.PackageVersion);
        Assert.True(install.Code == 0, install.Out);
        string secretnu = Path.Combine(tools, OperatingSystem.IsWindows() ? "secretnu.exe" : "secretnu");
        Assert.True(File.Exists(secretnu), "the tool's command is named secretnu");
        var version = Run(secretnu, "--version");
        Assert.Equal(0, version.Code);
        Assert.Equal(BuildInfo.Version, version.Out.Trim());

        // issue 11 point 2: the installed tool runs its main job from an empty directory (built-in cards), given only --data
        string work = Path.Combine(tmp.Path, "empty");
        Directory.CreateDirectory(work);
        var reproduce = RunIn(work, secretnu, "reproduce", "--masses", "1MeV:100MeV:3", "--no-band", "--no-seed-comparison", "--data", TestData.Directory, "--out", "out");
        Assert.True(reproduce.Code == 0, reproduce.Out);
        foreach (string f in new[] { "summary.md", "limits.json", "fig2.png", "fig5.csv" }) Assert.True(File.Exists(Path.Combine(work, "out", f)), f);
        Assert.Contains("built-in:faser-nu.toml", File.ReadAllText(Path.Combine(work, "out", "limits.json")));
    }

    static (int Code, string Out) RunIn(string? directory, string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory ?? "" };
        foreach (string a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        var err = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output + err.Result);
    }
}
