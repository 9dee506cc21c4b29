namespace Chronicle.Server;

/// <summary>
/// The server's log on standard error, one line an entry: what went wrong and the exception's message, never
/// a stack trace (the person running `chronicle serve` or an agent's `chronicle mcp` reads this, not a debugger).
/// </summary>
public sealed class OneLineLoggerProvider(string command) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new OneLineLogger(command);

    public void Dispose() { }

    private sealed class OneLineLogger(string command) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            string cause = exception is null ? "" : ": " + string.Join(": ", Causes(exception));
            Console.Error.WriteLine($"chronicle {command}: {(logLevel >= LogLevel.Error ? "error" : "warning")}: {formatter(state, exception)}{cause}");
        }

        private static IEnumerable<string> Causes(Exception e)
        {
            for (var at = e; at is not null; at = at.InnerException) yield return at.Message.ReplaceLineEndings(" ");
        }
    }
}
