using Chronicle.Domain.Documents;

namespace Chronicle.Ingest;

/// <summary>Where an input came from: a file (or "-" for standard input) and, for JSON Lines, the line.</summary>
public sealed record InputOrigin(string File, int? Line = null)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}" : File;
}

/// <summary>One page read from the inputs, or the reason it could not be read.</summary>
public abstract record InputItem(InputOrigin Origin);

public sealed record ReadDocument(InputOrigin Origin, Document Document) : InputItem(Origin);

public sealed record ReadFailure(InputOrigin Origin, string Error) : InputItem(Origin);

/// <summary>A file that was passed over on purpose (e.g. an index file found while walking a folder).</summary>
public sealed record SkippedInput(InputOrigin Origin, string Reason) : InputItem(Origin);

/// <summary>Something odd about an input that was still read, such as a date with the wrong weekday.</summary>
public sealed record ReadWarning(InputOrigin Origin, string Message) : InputItem(Origin);
