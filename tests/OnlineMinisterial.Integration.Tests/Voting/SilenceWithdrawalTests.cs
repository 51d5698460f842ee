using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Declaration;
using OnlineMinisterial.Domain.Scheduling;
using OnlineMinisterial.Integration.Tests.Foundation;
using OnlineMinisterial.TestSupport;
using OnlineMinisterial.Web.Features.Declaration;
using OnlineMinisterial.Web.Features.Voting;

namespace OnlineMinisterial.Integration.Tests.Voting;

public sealed class SilenceWithdrawalTests : VotingHostTest
{
    [Fact]
    public async Task Secretariat_WithdrawsTheTextFromSilence_Audited_Broadcast_AndTheDeadlineNoLongerRuns()
    {
        var secretariat = await Kit.SecretariatAsync();
        var declarationId = await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        await secretariat.Hub.InvokeAsync<DeclarationView>("CirculateUnderSilence", Clock.GetUtcNow() + TimeSpan.FromHours(6));
        var usa = await Kit.JoinAsync(DemoLogins.Head("USA"), "USA");
        var changes = new EventRecorder<DeclarationView>(usa.Hub, nameof(IVotingClient.DeclarationChanged));

        var withdrawn = await secretariat.Hub.InvokeAsync<DeclarationView>("WithdrawFromSilence", "Consultations on OP1 continue.");

        Assert.Equal(DeclarationState.Drafting, withdrawn.State);
        Assert.Equal(SilenceOutcome.Withdrawn, withdrawn.Silence?.Outcome);
        Assert.Equal("Consultations on OP1 continue.", withdrawn.Silence?.WithdrawalReason);
        var seen = await changes.WaitForAsync(d => d.Silence?.Outcome == SilenceOutcome.Withdrawn);
        Assert.Equal("Consultations on OP1 continue.", seen.Silence!.WithdrawalReason);
        await Host.WithDbAsync(async db =>
        {
            var audit = await db.AuditEntries.SingleAsync(a => a.Action == "declaration.silence_withdrawn");
            Assert.Contains("Consultations on OP1 continue.", audit.Details);
            var deadline = await db.ScheduledTransitions.SingleAsync(t => t.SubjectId == declarationId && t.Kind == TransitionKind.EndSilence);
            Assert.Equal(TransitionState.Cancelled, deadline.State);
            return 0;
        });
        // Withdrawn, the text is drafted again: it may be circulated anew.
        await secretariat.Hub.InvokeAsync<DeclarationView>("CirculateUnderSilence", Clock.GetUtcNow() + TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Withdraw_ByADelegation_WithoutAReason_OrWhenNotUnderSilence_IsRefused_AndChangesNothing()
    {
        var secretariat = await Kit.SecretariatAsync();
        await VotingKit.PublishedDeclarationAsync(secretariat.Hub);
        await VotingKit.RefusedAsync(() => secretariat.Hub.InvokeAsync<DeclarationView>("WithdrawFromSilence", "Not yet."),
            DeclarationErrors.SilenceNotRunning);
        await secretariat.Hub.InvokeAsync<DeclarationView>("CirculateUnderSilence", Clock.GetUtcNow() + TimeSpan.FromHours(6));
        var usa = await Kit.JoinAsync(DemoLogins.Head("USA"), "USA");

        await VotingKit.RefusedAsync(() => usa.Hub.InvokeAsync<DeclarationView>("WithdrawFromSilence", "We want it back."), ErrorCodes.Forbidden);
        await VotingKit.RefusedAsync(() => secretariat.Hub.InvokeAsync<DeclarationView>("WithdrawFromSilence", " "), ErrorCodes.TextRequired);

        var still = await usa.Hub.InvokeAsync<DeclarationSnapshot>("GetDeclaration");
        Assert.Equal(DeclarationState.UnderSilence, still.Declaration?.State);
    }
}
