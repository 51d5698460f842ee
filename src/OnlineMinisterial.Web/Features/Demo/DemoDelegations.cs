using OnlineMinisterial.Domain.Conference;

namespace OnlineMinisterial.Web.Features.Demo;

/// <summary>The 60 delegations of the demo conference: 52 member states (ISO 3166 alpha-3) and 8 organisations.</summary>
internal static class DemoDelegations
{
    public sealed record Entry(string Code, string Name, DelegationKind Kind, HeadRank Rank);

    private const DelegationKind State = DelegationKind.MemberState;
    private const DelegationKind Organization = DelegationKind.InternationalOrganization;

    public static readonly IReadOnlyList<Entry> All =
    [
        new("USA", "United States of America", State, HeadRank.Minister),
        new("KAZ", "Kazakhstan", State, HeadRank.Minister),
        new("MEX", "Mexico", State, HeadRank.Minister),
        new("CAN", "Canada", State, HeadRank.Minister),
        new("GBR", "United Kingdom", State, HeadRank.DeputyMinister),
        new("DEU", "Germany", State, HeadRank.DeputyMinister),
        new("FRA", "France", State, HeadRank.Ambassador),
        new("ITA", "Italy", State, HeadRank.DeputyMinister),
        new("ESP", "Spain", State, HeadRank.Ambassador),
        new("NLD", "Netherlands", State, HeadRank.Minister),
        new("BEL", "Belgium", State, HeadRank.Ambassador),
        new("POL", "Poland", State, HeadRank.DeputyMinister),
        new("UKR", "Ukraine", State, HeadRank.DeputyMinister),
        new("TUR", "Türkiye", State, HeadRank.Ambassador),
        new("IND", "India", State, HeadRank.Minister),
        new("PAK", "Pakistan", State, HeadRank.Ambassador),
        new("BGD", "Bangladesh", State, HeadRank.SeniorOfficial),
        new("JPN", "Japan", State, HeadRank.DeputyMinister),
        new("KOR", "Republic of Korea", State, HeadRank.DeputyMinister),
        new("AUS", "Australia", State, HeadRank.Minister),
        new("NZL", "New Zealand", State, HeadRank.Ambassador),
        new("IDN", "Indonesia", State, HeadRank.Ambassador),
        new("MYS", "Malaysia", State, HeadRank.SeniorOfficial),
        new("PHL", "Philippines", State, HeadRank.DeputyMinister),
        new("THA", "Thailand", State, HeadRank.Minister),
        new("VNM", "Viet Nam", State, HeadRank.SeniorOfficial),
        new("SGP", "Singapore", State, HeadRank.Ambassador),
        new("ARE", "United Arab Emirates", State, HeadRank.Ambassador),
        new("SAU", "Saudi Arabia", State, HeadRank.SeniorOfficial),
        new("EGY", "Egypt", State, HeadRank.Ambassador),
        new("MAR", "Morocco", State, HeadRank.Ambassador),
        new("NGA", "Nigeria", State, HeadRank.Minister),
        new("GHA", "Ghana", State, HeadRank.DeputyMinister),
        new("KEN", "Kenya", State, HeadRank.SeniorOfficial),
        new("ZAF", "South Africa", State, HeadRank.Ambassador),
        new("BRA", "Brazil", State, HeadRank.DeputyMinister),
        new("ARG", "Argentina", State, HeadRank.Ambassador),
        new("CHL", "Chile", State, HeadRank.SeniorOfficial),
        new("COL", "Colombia", State, HeadRank.Minister),
        new("PER", "Peru", State, HeadRank.DeputyMinister),
        new("ECU", "Ecuador", State, HeadRank.Ambassador),
        new("PAN", "Panama", State, HeadRank.Minister),
        new("GTM", "Guatemala", State, HeadRank.DeputyMinister),
        new("HND", "Honduras", State, HeadRank.SeniorOfficial),
        new("CRI", "Costa Rica", State, HeadRank.Ambassador),
        new("DOM", "Dominican Republic", State, HeadRank.SeniorOfficial),
        new("JAM", "Jamaica", State, HeadRank.Minister),
        new("UZB", "Uzbekistan", State, HeadRank.DeputyMinister),
        new("KGZ", "Kyrgyzstan", State, HeadRank.Ambassador),
        new("TJK", "Tajikistan", State, HeadRank.SeniorOfficial),
        new("AZE", "Azerbaijan", State, HeadRank.Ambassador),
        new("GEO", "Georgia", State, HeadRank.SeniorOfficial),
        new("UNODC", "United Nations Office on Drugs and Crime", Organization, HeadRank.SeniorOfficial),
        new("INTERPOL", "International Criminal Police Organization", Organization, HeadRank.SeniorOfficial),
        new("WHO", "World Health Organization", Organization, HeadRank.SeniorOfficial),
        new("EU", "European Union", Organization, HeadRank.Ambassador),
        new("OSCE", "Organization for Security and Co-operation in Europe", Organization, HeadRank.SeniorOfficial),
        new("SCO", "Shanghai Cooperation Organisation", Organization, HeadRank.SeniorOfficial),
        new("OIC", "Organisation of Islamic Cooperation", Organization, HeadRank.SeniorOfficial),
        new("CICAD", "Inter-American Drug Abuse Control Commission (OAS)", Organization, HeadRank.SeniorOfficial),
    ];
}
