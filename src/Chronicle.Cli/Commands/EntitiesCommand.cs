using Chronicle.Contracts;
using Chronicle.Domain.Documents;
using Chronicle.Domain.Entities;
using Chronicle.Pipeline;

namespace Chronicle.Cli.Commands;

/// <summary>
/// With --dct and text on stdin: the entity mentions in that text. Otherwise: the stored entities, the ones
/// seen in the most documents first.
/// </summary>
public sealed class EntitiesCommand : ICommand
{
    public string Name => "entities";
    public string Usage => "entities [--dct DATE] [--limit N] [--type TYPE] [--json]";
    public string Summary => "entity mentions in stdin; without stdin text, the stored entities";

    public int Run(CommandContext context)
    {
        var dct = context.Args.DateOption("dct");
        string? text = dct is null || IsInteractive(context) ? null : context.In.ReadToEnd();
        if (dct is not null && !string.IsNullOrWhiteSpace(text)) return Recognize(context, text, dct.Value);
        return StoredEntities.List(context);
    }

    private static bool IsInteractive(CommandContext context) => ReferenceEquals(context.In, Console.In) && !Console.IsInputRedirected;

    private static int Recognize(CommandContext context, string text, DateOnly dct)
    {
        var analysis = new DocumentAnalyzer(new AnalysisOptions(Time: false, Entities: true, Events: false))
            .Analyze(new Document("stdin", dct, text));
        if (context.Json)
        {
            context.WriteJson(analysis.Entities.Select(m => new MentionJson(
                m.Text, m.Start, m.End, TypeName(m.Type), m.Canonical, m.Kind == MentionKind.Name ? "name" : "nominal",
                m.Role is null ? null : new RoleJson(m.Role.Role, m.Role.Text, m.Role.Start, m.Role.End, m.Role.Possessive, m.Role.Organization, dct.ToString("yyyy-MM-dd")))));
            return 0;
        }
        foreach (var m in analysis.Entities)
        {
            string role = m.Role is null ? "" : $"  [{(m.Role.Possessive ? "has " : "")}{m.Role.Role}{(m.Role.Organization is null ? "" : " at " + m.Role.Organization)}]";
            string kind = m.Kind == MentionKind.Nominal ? " (reference)" : "";
            context.Out.WriteLine($"{m.Start,6}-{m.End,-6} {TypeName(m.Type),-12} {m.Text}{kind} → {m.Canonical}{role}");
        }
        return 0;
    }

    public static string TypeName(EntityType type) => EntityAnswers.TypeName(type);

    private sealed record MentionJson(string Text, int Start, int End, string Type, string Entity, string Kind, RoleJson? Role);

    private sealed record RoleJson(string Role, string Text, int Start, int End, bool Possessive, string? Organization, string Date);
}
