namespace OnlineMinisterial.Web.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
