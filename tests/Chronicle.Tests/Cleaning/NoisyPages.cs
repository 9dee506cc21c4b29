namespace Chronicle.Tests.Cleaning;

/// <summary>Pages written for the tests that imitate the noise of real news pages.</summary>
internal static class NoisyPages
{
    public const string CourtStory = """
        Watch Now
        Armorer convicted over fatal film set shooting

        Prosecutors said the verdict sends a message to the industry.
        Jane Roe
        Posted at 12:42 PM, Mar 6, 2024
        By Sam Lee and Ann Poe, Associated Press
        SANTA FE, N.M. — A jury on Wednesday found the armorer guilty of involuntary manslaughter, Gov. Ann Smith's office said.

        Advertisement

        The 26-year-old faces up to 18 months in prison and a $5,000 fine. Advertisement Hide Ad Her lawyers said they would appeal.
        The armorer leaves the courthouse in Santa Fe (Jane Roe/AP)
        Jane Roe and Sam Lee arriving at the courthouse on Wednesday
        Never miss a story — sign up for the Example.com newsletter to get your daily dose of news. All free.
        JUDGE DENIES MOTION TO DELAY SENTENCING IN SET SHOOTING CASE
        Ticker Security Last Change Change % ACME ACME CORP. 310.20 +5.40 +1.77% BETA BETA HOLDINGS INC. 65.39 +1.22 +1.90%
        Jury deliberations lasted less than three hours.
        Facebook Twitter Email
        The verdict is final, the armorer's lawyer said after the hearing. pic.twitter.com/AbCdE12345
        The verdict is in. Justice for the family.
        — Jane Doe (@janedoe) March 6, 2024
        Related
        Actor indicted by grand jury over set shooting
        Prosecutors drop charges against actor
        Sentencing is scheduled for April 15.
        Prosecutors said the verdict sends a message to the industry.
        © 2024 Example Media Inc. All rights reserved.
        """;
}
