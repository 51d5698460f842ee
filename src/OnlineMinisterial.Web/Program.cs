using System.Text.Json.Serialization;
using OnlineMinisterial.Web.Features.Accounts;
using OnlineMinisterial.Web.Features.Accreditation;
using OnlineMinisterial.Web.Features.Agenda;
using OnlineMinisterial.Web.Features.Auth;
using OnlineMinisterial.Web.Features.Calendar;
using OnlineMinisterial.Web.Features.Conference;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Demo;
using OnlineMinisterial.Web.Features.Floor;
using OnlineMinisterial.Web.Features.Languages;
using OnlineMinisterial.Web.Features.Lifecycle;
using OnlineMinisterial.Web.Features.Media;
using OnlineMinisterial.Web.Features.Record;
using OnlineMinisterial.Web.Features.Panels;
using OnlineMinisterial.Web.Features.Notifications;
using OnlineMinisterial.Web.Features.Presence;
using OnlineMinisterial.Web.Features.Scheduling;
using OnlineMinisterial.Web.Features.Voting;
using OnlineMinisterial.Web.Infrastructure.Audit;
using OnlineMinisterial.Web.Infrastructure.Data;
using OnlineMinisterial.Web.Infrastructure.Errors;
using OnlineMinisterial.Web.Infrastructure.Health;
using OnlineMinisterial.Web.Infrastructure.Hosting;
using OnlineMinisterial.Web.Infrastructure.Realtime;
using OnlineMinisterial.Web.Infrastructure.Telemetry;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRootLocator.Find() });

builder.Services.AddSingleton(TimeProvider.System);                  // all time comes from here; tests swap it
builder.Services.AddSingleton<AuditLog>();                           // every feature records its changes through it
builder.Services.AddScoped<AuditVerifier>();                         // walks the audit hash chain
builder.Services.AddScoped<SessionEvents>();                         // SessionChanged to everyone, after commit
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddOpenApi();                                       // /openapi/v1.json describes the REST API
builder.AddErrorHandling();                                          // domain errors -> ProblemDetails with a code
builder.AddProxySupport();                                           // forwarded headers from known proxies, HSTS, no Server header
builder.AddAppDatabase();                                            // SQLite, PostgreSQL or SQL Server, migrated at start
builder.AddHealth();                                                 // /health/live and /health/ready
builder.AddTelemetry();                                              // OpenTelemetry meters; Prometheus or OTLP export when configured
builder.AddAuth();                                                   // Identity cookie, roles, anti-forgery
builder.AddRealtime();                                               // SignalR (JSON + MessagePack), Redis backplane
builder.AddPresence();                                               // who is connected, per person and delegation
builder.AddFloor();                                                  // the list of speakers: one transaction per command, versioned events
builder.AddVoting();                                                 // polls: ballots with receipts, quorum from presence
builder.AddDeclaration();                                            // the declaration: drafts, amendments, silence, adoption
builder.AddPanels();                                                 // live panels: stage, questions from the floor
builder.AddScheduling();                                             // scheduled transitions: timer + Hangfire on the app's database
builder.AddLifecycle();                                              // open early, suspend, adjourn, close; the record built at the close
builder.AddMedia();                                                  // audio/video: none, or a Janus room per live session that follows the floor
builder.AddAgenda();                                                 // the secretariat's agenda; sessions open, remind and warn on time
builder.AddNotifications();                                          // each person's in-app notification feed
builder.AddPublicAddress();                                          // App:PublicBaseUrl for links that leave the app (calendar)
builder.AddAccounts();                                               // the secretariat's account actions: unlock, deactivate, end sessions
builder.AddAccreditation();                                          // setup link, delegations, nominations, invitations, e-mail
builder.AddLanguages();                                              // the six UI languages: each person's choice, pages sent in it
builder.AddDemoConference();                                         // the seeded demo conference

var app = builder.Build();
if (AuditCommand.Requested(args)) return await AuditCommand.RunAsync(app);   // `-- verify-audit`: check the chain and exit

app.UseProxySupport();                                               // first: everything after sees the browser's scheme and address
app.UseExceptionHandler();
app.UseWhen(http => !http.WebSockets.IsWebSocketRequest, b => b.UseStatusCodePages()); // not a WebSocket: it reads none
app.UseSecurityHeaders(connectAlso: app.MediaOrigins());           // pages may call Janus's API, when media is on
app.UseLocalisedPages();                                             // HTML pages with <html lang dir> of the visitor's language
app.UseDefaultFiles();
app.UseStaticFiles();                                                // the browser app is public; its data is not
app.UseHubOriginCheck();
app.UseAuthentication();
app.UseAuthorization();
app.UseHubRequestTrim();                                             // a hub's WebSocket lets its cookies go once authorised
app.UseRateLimiter();                                                // RateLimitPolicies: credentials per client address

app.MapHealth();
app.MapTelemetry();                                                  // /metrics when Telemetry:Prometheus is on
app.MapOpenApi().AllowAnonymous();
app.MapPages();
app.MapAuth();
app.MapLanguages();                                                  // PUT /api/me/language
app.MapConference();
app.MapPresence();
app.MapFloor();                                                      // /hubs/floor, and the floor and speeches of a session as REST reads
app.MapVoting();                                                     // /hubs/voting and the read-only /api/polls
app.MapDeclaration();                                                // the read-only /api/declaration
app.MapScheduling();
app.MapPanels();                                                     // /hubs/panel, and a panel's snapshot, stage candidates and guests as REST
app.MapLifecycle();                                                  // open, suspend, resume, adjourn, close over REST
app.MapRecord();                                                     // the record of proceedings (JSON, PDF) and the audit verification
app.MapMedia();                                                      // /api/sessions/{id}/media: a person's way into the session's room
app.MapAgenda();
app.MapNotifications();
app.MapAccounts();                                                   // /api/accounts: the secretariat's account list and actions
app.MapCalendar();
app.MapAccreditation();                                              // /api/access (anonymous links and forms), /api/accreditation, /api/my-delegation

app.Run();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
