namespace SecretNu;

/// <summary>
/// Bad input from a user: a file, a card, a flag. Carries where (file, line) and what (the offending value), and
/// becomes one message and exit code 2 at the command line.
/// </summary>
public class InputException : Exception
{
    public string? File { get; }
    public int? Line { get; }

    public InputException(string message, string? file = null, int? line = null, Exception? inner = null)
        : base(Compose(message, file, line), inner)
    {
        File = file;
        Line = line;
    }

    static string Compose(string message, string? file, int? line) =>
        file is null ? message : line is null ? $"{file}: {message}" : $"{file}:{line}: {message}";
}

/// <summary>A requested channel or mass is kinematically forbidden.</summary>
public sealed class KinematicsException(string message) : InputException(message);
