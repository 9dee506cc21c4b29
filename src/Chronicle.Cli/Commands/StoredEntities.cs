namespace Chronicle.Cli.Commands;

/// <summary>The `entities` listing of a store.</summary>
internal static class StoredEntities
{
    public static int List(CommandContext context)
    {
        context.Err.WriteLine("chronicle entities: the store has no entities yet");
        return 1;
    }
}
