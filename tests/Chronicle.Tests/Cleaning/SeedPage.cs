namespace Chronicle.Tests.Cleaning;

/// <summary>The seed sample page (shared/samples/2023-04-20_rust-charges-dropped.txt) as the ingest reader passes it on: without its " date 2023-04-20 " prefix.</summary>
internal static class SeedPage
{
    public const string Text = """
        Alec Baldwin was charged with involuntary manslaughter for his role in the death of cinematographer Halyna Hutchins.

        SANTA FE, N.M. — Criminal charges against Alec Baldwin for his role in the fatal "Rust" set shooting are set to be dropped, according to multiple media outlets and the actor's attorneys.

        ABC, NBC, Variety and Deadline reported Thursday afternoon that prosecutors in New Mexico are expected to drop the two counts of involuntary manslaughter that Baldwin faced for his role in cinematographer Halyna Hutchin's death.

        “We are pleased with the decision to dismiss the case against Alec Baldwin and we encourage a proper investigation into the facts and circumstances of this tragic accident,” Baldwin's lawyer told Variety in a statement.

        The 65-year-old actor was charged in January along with weapons supervisor Hannah Gutierrez-Reed. Baldwin and Gutierrez-Reed have pleaded not guilty.

        Prosecutors didn’t immediately comment on the case. It wasn’t immediately clear whether charges could be refiled, nor whether the charge would also be dropped against Gutierrez-Reed.

        Gutierrez-Reed’s attorneys said that they “fully expect at the end of this process that Hannah will also be exonerated.”

        “The truth about what happened will come out and the questions that we have long sought answers for will be answered,” the lawyers, Jason Bowles and Todd Bullion, said in a statement.

        Baldwin was pointing a pistol at Hutchins during a rehearsal when the gun when off, killing Hutchins and wounding director Joel Souza.

        Baldwin has said the gun went off accidentally and that he did not pull the trigger. An FBI forensic report found the weapon could not have fired unless the trigger was pulled.

        News of the dismissal came on the day that filming on the movie, relocated to Montana, was expected to restart. Baldwin will continue his involvement as an actor and coproducer, and Rust Move Productions attorney Melina Spadone said via a representative that filming will restart Thursday at the Yellowstone Film Ranch.

        Souza, the director, has said he'll return to the “Rust” production to honor the legacy of Halyna Hutchins.

        The production company finalized a settlement last month with New Mexico workplace safety regulars over “serious” violations, agreeing to a $100,000 fine to resolve a scathing safety review that detailed unheeded complaints and misfires on set before cinematographer Halyna Hutchins was shot and killed in October 2021.
        """;
}
