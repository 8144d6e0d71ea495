using Spectre.Console;

namespace SecretNu.Cli;

/// <summary>
/// Progress on stderr: a Spectre.Console bar when stderr is a terminal, otherwise one line per step once the work
/// has taken more than a second (logs stay short; nothing is printed for quick runs).
/// </summary>
public sealed class Progress
{
    readonly TextWriter _err;
    readonly bool _interactive;
    readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public Progress(CliContext context)
    {
        _err = context.Error;
        _interactive = ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;
    }

    /// <summary>Runs work(report), where report(description, done, total) updates the bar.</summary>
    public T Run<T>(string title, Func<Action<string, int, int>, T> work)
    {
        if (!_interactive)
        {
            // a log gets a line when the stage changes or another tenth of the work is done (after the first second)
            string last = "";
            int lastTenth = -1;
            return work((what, done, total) =>
            {
                int tenth = total > 0 ? 10 * done / total : 0;
                lock (_err)
                {
                    if (_clock.Elapsed.TotalSeconds <= 1 || (what == last && tenth == lastTenth)) return;
                    last = what;
                    lastTenth = tenth;
                    _err.WriteLine($"secretnu: {title}: {what} ({done}/{total})");
                }
            });
        }
        T result = default!;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress().AutoClear(true).HideCompleted(true).Start(ctx =>
        {
            var task = ctx.AddTask(Markup.Escape(title));
            result = work((what, done, total) =>
            {
                lock (task)
                {
                    task.Description = Markup.Escape($"{title}: {what}");
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                }
            });
        });
        return result;
    }
}
