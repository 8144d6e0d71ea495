namespace SecretNu;

/// <summary>
/// Bad input from a user: a file, a card, a flag. Carries where (file, line) and what (the offending value), and
/// becomes one message and exit code 2 at the command line.
/// </summary>
public class InputException : Exception
{
    /// <summary>The input file the error is in, or null when not from a file.</summary>
    public string? File { get; }
    /// <summary>1-based line in <see cref="File"/>, or null when unknown.</summary>
    public int? Line { get; }

    /// <summary>An input error; the message is prefixed with "file:" or "file:line:" when those are given.</summary>
    /// <param name="message">What is wrong, naming the offending value.</param>
    /// <param name="file">The input file, if any.</param>
    /// <param name="line">The line in that file, if known.</param>
    /// <param name="inner">The underlying exception, if any.</param>
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
