using Chronicle.Contracts;
using Chronicle.Domain.Entities;
using Chronicle.Query;
using Chronicle.Store;

namespace Chronicle.Server.Queries;

/// <summary>An answer in the CLI's JSON contract, with the HTTP status it goes out with.</summary>
public sealed record Answer(int Status, object Body)
{
    public static Answer Ok(object body) => new(200, body);
}

/// <summary>
/// The questions the API, the pages and the MCP tools ask of the store, each taking its parameters as the
/// text a request carries. The JSON bodies come from <see cref="Chronicle.Contracts"/>, as the CLI's do.
/// </summary>
public sealed class ChronicleQueries(StoreAccess stores)
{
    public IReadOnlyList<SearchHit> SearchHits(string? q, string? after, string? before, string? limit)
    {
        var query = new SearchQuery(Parameters.Text(q, "q"), Parameters.OptionalDate(after, "after"), Parameters.OptionalDate(before, "before"), Parameters.Limit(limit, 10));
        using var lease = stores.Rent();
        var store = lease.Store;
        return store.Search(query);
    }

    public Answer Search(string? q, string? after, string? before, string? limit) => Answer.Ok(DocumentAnswers.Search(SearchHits(q, after, before, limit)));

    public Answer Documents(string? limit)
    {
        using var lease = stores.Rent();
        var store = lease.Store;
        return Answer.Ok(DocumentAnswers.List(store.ListDocuments(Parameters.Limit(limit, Parameters.MaxLimit))));
    }

    /// <summary>A document by id or id prefix, or null; an ambiguous prefix is a bad parameter.</summary>
    public StoredDocument? Document(IChronicleStore store, string? id)
    {
        try
        {
            return store.GetDocument(Parameters.Text(id, "id"));
        }
        catch (AmbiguousDocumentException e)
        {
            throw new BadParameterException(e.Message);
        }
    }

    public Answer Document(string? id)
    {
        using var lease = stores.Rent();
        var store = lease.Store;
        return Document(store, id) is { } document
            ? Answer.Ok(DocumentAnswers.Show(document))
            : new Answer(404, new { error = $"no document '{id}'" });
    }

    public Answer Entities(string? limit, string? type)
    {
        if (!EntityAnswers.TryParseType(type, out EntityType? parsed))
            throw new BadParameterException("type must be PERSON, ORGANIZATION, LOCATION or PRODUCT");
        using var lease = stores.Rent();
        var store = lease.Store;
        return Answer.Ok(EntityAnswers.List(store.ListEntities(Parameters.Limit(limit, 50), parsed)));
    }

    public EntityLookup EntityLookup(string? name)
    {
        string text = Parameters.Text(name, "name");
        using var lease = stores.Rent();
        var store = lease.Store;
        return Contracts.EntityLookup.Find(store, text);
    }

    public Answer Entity(string? name)
    {
        var lookup = EntityLookup(name);
        return new Answer(lookup.Found.Count == 0 ? 404 : 200, EntityAnswers.Lookup(lookup));
    }

    public Answer Timeline(string? entity, string? from, string? to)
    {
        string name = Parameters.Text(entity, "entity");
        var (start, end) = (Parameters.OptionalDate(from, "from"), Parameters.OptionalDate(to, "to"));
        using var lease = stores.Rent();
        var store = lease.Store;
        return Answer.Ok(FactAnswers.Timeline(new FactQueries(new StoreEventSource(store)).Timeline(name, start, end)));
    }

    public Answer AsOf(string? date, string? entity)
    {
        var day = Parameters.Date(date, "date");
        string? name = Parameters.OptionalText(entity, "entity");
        using var lease = stores.Rent();
        var store = lease.Store;
        return Answer.Ok(FactAnswers.Facts(new FactQueries(new StoreEventSource(store)).AsOf(day, name)));
    }

    public Answer Changes(string? from, string? to, string? entity)
    {
        var (start, end) = (Parameters.Date(from, "from"), Parameters.Date(to, "to"));
        if (end < start) throw new BadParameterException("to must not be before from");
        string? name = Parameters.OptionalText(entity, "entity");
        using var lease = stores.Rent();
        var store = lease.Store;
        return Answer.Ok(FactAnswers.Facts(new FactQueries(new StoreEventSource(store)).Changes(start, end, name)));
    }

    public CheckResult CheckResult(string? claim, string? asOf)
    {
        string text = Parameters.Text(claim, "claim");
        var day = Parameters.Date(asOf, "as_of");
        using var lease = stores.Rent();
        var store = lease.Store;
        return new ClaimChecker(store).Check(text, day);
    }

    public Answer Check(string? claim, string? asOf) => Answer.Ok(FactAnswers.Check(CheckResult(claim, asOf)));
}
