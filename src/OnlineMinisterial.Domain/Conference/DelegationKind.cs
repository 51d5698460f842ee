namespace OnlineMinisterial.Domain.Conference;

public enum DelegationKind
{
    MemberState,
    InternationalOrganization,
    Observer,
}
