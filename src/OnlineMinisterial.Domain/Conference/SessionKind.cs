namespace OnlineMinisterial.Domain.Conference;

public enum SessionKind
{
    Plenary,
    Panel,
}
