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

    public const string WireStory = """
        Skip to content
        Menu
        We use cookies to personalise content and ads. By continuing to browse, you agree to our use of cookies.
        Accept all cookies
        World
        Regulator approves merger after year-long review
        The deal creates the largest games publisher in Europe
        By JANE DOE
        Updated 9:15 AM GMT, March 3, 2024
        Share
        Image source, Getty Images
        Image caption, The chief executive spoke to staff on Monday
        LONDON (Reuters) - Britain's competition regulator on Friday approved the merger of two games companies, ending a year-long review.
        The companies said they expected to complete the deal by the end of the month.
        RELATED: Regulator opens review of games merger
        "We are delighted," chief executive John Smith said in a statement. "This is a great day for our players."
        Photograph: Jane Roe/Reuters
        The decision surprised analysts, who had expected a longer review.
        Shares in both companies rose more than 5% in early trading.
        Read more:
        Games merger faces fresh scrutiny in Brussels
        Why regulators are worried about cloud gaming
        Analysts said the approval could encourage other deals in the sector.
        The merger is a great day for gaming! https://t.co/abc123 pic.twitter.com/xyz789
        — John Smith (@jsmith) March 3, 2024
        View this post on Instagram
        A post shared by Game News (@gamenews)
        The company will announce its results on March 20.
        Reporting by Jane Doe; Editing by Sam Lee
        Our Standards: The Thomson Reuters Trust Principles.
        Topics: Business, Gaming
        Sign up for our daily newsletter
        Most Read
        Chief executive steps down after merger
        Shares slide as games sales slow
        Copyright © 2024 Example News. All rights reserved.
        """;
}
