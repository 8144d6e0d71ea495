namespace SecretNu.Cli;

public static class App
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("secretnu: not implemented yet");
        return 1;
    }
}
