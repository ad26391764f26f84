using Archive.Api.Access;
using Archive.Api.Conversations;
using Archive.Api.Evidence;
using Archive.Api.Faq;
using Archive.Api.Health;
using Archive.Api.Infrastructure;
using Archive.Api.Ingestion;
using Archive.Api.Lifecycle;
using Archive.Api.Promises;
using Archive.Api.Search;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddArchive(builder.Configuration, builder.Environment);
builder.Services.AddArchiveProblemDetails();
builder.Services.AddArchiveOpenApi();
builder.Services.AddArchiveAccess(builder.Configuration, builder.Environment);

var app = builder.Build();

app.UseServerTiming();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseArchiveOpenApi();
app.UseArchiveAccess();

app.MapHealth();
app.MapSearch();
app.MapConversations();
app.MapPromises();
app.MapIngestion();
app.MapEvidence();
app.MapFaq();
app.MapLifecycle();

app.Run();

public partial class Program;
