namespace OnlineMinisterial.Web.Features.Floor;

/// <summary>Events the floor hub sends to the clients that joined a session; names are part of the wire contract.</summary>
public interface IFloorClient
{
    Task FloorChanged(FloorChange change);
}
