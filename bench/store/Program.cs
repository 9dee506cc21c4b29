// Query latency on a store of either backend, in process (no process start-up counted):
//   bench-store LOCATION [ROUNDS]
// LOCATION is what --db takes (a SQLite path or a PostgreSQL connection string). The queries are drawn from the
// store itself, the same way on every backend (each call reads the store afresh, as a `chronicle` command does): search for words of a fixed list, timeline and check for the
// people stored in the most documents. Prints p50 and p95 in milliseconds per kind of query, as TSV, and the median
// CPU time of the process per call (on a shared machine, what the query itself cost; it includes the runtime's other threads).
using System.Diagnostics;
using Chronicle.Domain.Entities;
using Chronicle.Query;
using Chronicle.Store;

if (args.Length < 1) { Console.Error.WriteLine("usage: bench-store LOCATION [ROUNDS]"); return 2; }
int rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
using var store = StoreFactory.Open(args[0]);
string[] words = ["charged", "prime minister", "election results", "merger", "court ruling", "chief executive", "resigned", "strike", "president", "agreement"];
var people = store.ListEntities(10, EntityType.Person).Select(e => e.Name).ToList();
var asOf = store.ListDocuments().Select(d => d.Date).DefaultIfEmpty(new DateOnly(2024, 1, 1)).Max();
var kinds = new (string Kind, IEnumerable<Action> Calls)[]
{
    ("search", words.Select(w => (Action)(() => store.Search(new SearchQuery(w, Limit: 10))))),
    ("timeline", people.Select(p => (Action)(() => new FactQueries(new StoreEventSource(store)).Timeline(p, null, null)))),
    ("check", people.Select(p => (Action)(() => new ClaimChecker(store).Check($"{p} is the chief executive of Boeing", asOf)))),
};
// BENCH_FACTS=DATE adds the fact queries of bench/facts.sh, in process: as of DATE (all, and the most stored person),
// changes over the month and the year before DATE (all, and the person), read from the stored fact states.
if (Environment.GetEnvironmentVariable("BENCH_FACTS") is { Length: > 0 } factsDate)
{
    var day = DateOnly.Parse(factsDate);
    var facts = new FactQueries(new StoreEventSource(store));
    kinds =
    [
        ("asof", [() => facts.AsOf(day, null)]),
        ("asof-entity", [() => facts.AsOf(day, people[0])]),
        ("changes-1m", [() => facts.Changes(day.AddMonths(-1), day, null)]),
        ("changes-12m", [() => facts.Changes(day.AddMonths(-12), day, null)]),
        ("changes-entity", [() => facts.Changes(day.AddMonths(-12), day, people[0])]),
        .. kinds,
    ];
}
// BENCH_PHASES="PERSON|CLAIM|DATE" times the data access of `timeline PERSON` and `check CLAIM --as-of DATE` apart
// from the whole queries (median ms of ROUNDS after a warm-up): where their time goes.
if (Environment.GetEnvironmentVariable("BENCH_PHASES") is { Length: > 0 } phases)
{
    var parts = phases.Split('|');
    string person = parts[0], claimText = parts[1];
    var day = DateOnly.Parse(parts[2]);
    var source = new StoreEventSource(store);
    var reader = new Chronicle.Query.Reading.ClaimReader(store);
    var shape = reader.Shape(claimText, day);
    var keys = shape.Anchors.SelectMany(a => a.Keys).Concat(shape.Others.Where(o => o.Resolved && o.Type != EntityType.Location).SelectMany(o => o.Keys)).Distinct().ToList();
    var places = shape.Others.Where(o => o.Resolved && o.Type == EntityType.Location).SelectMany(o => o.Keys).ToList();
    kinds =
    [
        ("entity-named", [() => source.EntityNamed(person)]),
        ("events-naming", [() => source.EventsNaming([person], null)]),
        ("timeline", [() => new FactQueries(source).Timeline(person, null, null)]),
        ("claim-shape", [() => reader.Shape(claimText, day)]),
        ("sentences-around", [() => store.SentencesAround(keys, places, day, Chronicle.Query.Reading.ClaimReader.FollowingSentences)]),
        ("reader-read", [() => reader.Read(reader.Shape(claimText, day), day)]),
        ("check", [() => new ClaimChecker(store).Check(claimText, day)]),
    ];
    Console.Error.WriteLine($"claim keys {string.Join(',', keys)} places {string.Join(',', places)}; events naming {source.EventsNaming([person], null).Count}; sentences around {store.SentencesAround(keys, places, day, Chronicle.Query.Reading.ClaimReader.FollowingSentences).Count}");
}
// BENCH_CHECKS="CLAIM|DATE;CLAIM|DATE" times `check CLAIM --as-of DATE` in process, each claim its own row (as bench/check/run.sh
// does with fresh processes): the claim reader reads newest articles first, so its cost depends on the claim.
if (Environment.GetEnvironmentVariable("BENCH_CHECKS") is { Length: > 0 } checks)
    kinds = checks.Split(';').Select(c => c.Split('|')).Select(c => (c[0], (IEnumerable<Action>)[() => new ClaimChecker(store).Check(c[0], DateOnly.Parse(c[1]))])).ToArray();
// BENCH_ONLY=KIND,KIND runs only those kinds of query (e.g. asof,changes-12m): the others take minutes at 100,000 pages.
if (Environment.GetEnvironmentVariable("BENCH_ONLY") is { Length: > 0 } only)
    kinds = kinds.Where(k => only.Split(',').Contains(k.Kind)).ToArray();
Console.WriteLine("query\tcalls\tp50_ms\tp95_ms\tmax_ms\tcpu_p50_ms");
foreach (var (kind, calls) in kinds)
{
    var list = calls.ToList();
    foreach (var call in list) call(); // warm-up: connection, prepared statements, JIT
    var times = new List<double>();
    var cpu = new List<double>();
    var process = Process.GetCurrentProcess();
    for (int r = 0; r < rounds; r++)
        foreach (var call in list)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            call();
            times.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
    times.Sort();
    cpu.Sort();
    double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
    Console.WriteLine($"{kind}\t{times.Count}\t{At(0.5):F1}\t{At(0.95):F1}\t{times[^1]:F1}\t{cpu[cpu.Count / 2]:F1}");
}
return 0;
