namespace SecretNu.Tests.Cli;

/// <summary>Runs the command line in-process and captures its streams.</summary>
public static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = SecretNu.Cli.App.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }
}
