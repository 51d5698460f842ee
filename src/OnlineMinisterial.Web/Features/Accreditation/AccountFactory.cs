using Microsoft.AspNetCore.Identity;
using OnlineMinisterial.Domain.Accreditation;
using OnlineMinisterial.Domain.Common;
using OnlineMinisterial.Domain.Conference;
using OnlineMinisterial.Web.Features.Auth;

namespace OnlineMinisterial.Web.Features.Accreditation;

/// <summary>
/// Makes accounts, inside the caller's transaction. An account made on approval has no password: its owner sets
/// one through the invitation link. Identity's password rules answer as <c>password.rejected</c> with their reasons.
/// </summary>
public sealed class AccountFactory(UserManager<Person> users)
{
    public async Task<Person> CreateAsync(string email, string displayName, string role, Guid? delegationId = null, SeatRole? seatRole = null,
        string? password = null, string? passwordHash = null)
    {
        Guard(EmailAddress.IsPlausible(email), AccreditationErrors.EmailInvalid, "A valid e-mail address is required.");
        Guard(!string.IsNullOrWhiteSpace(displayName), AccreditationErrors.NameRequired, "A name is required.");
        TextLimits.Check(displayName.Trim(), Nomination.NameMax, "name");
        var normalized = EmailAddress.Normalize(email);
        Guard(await users.FindByEmailAsync(normalized) is null, AccreditationErrors.EmailTaken, "Someone already has an account with this e-mail address.");
        var person = new Person
        {
            UserName = normalized, Email = normalized, EmailConfirmed = true, DisplayName = displayName.Trim(),
            DelegationId = delegationId, SeatRole = seatRole, PasswordHash = passwordHash,
        };
        Check(password is null ? await users.CreateAsync(person) : await users.CreateAsync(person, password));
        Check(await users.AddToRoleAsync(person, role));
        return person;
    }

    /// <summary>Sets the password of an account (first password, or a new one after a reset).</summary>
    public async Task SetPasswordAsync(Person person, string? password)
    {
        Guard(!string.IsNullOrEmpty(password), AccreditationErrors.PasswordRejected, "Choose a password.");
        foreach (var validator in users.PasswordValidators)
            Check(await validator.ValidateAsync(users, person, password!));
        if (await users.HasPasswordAsync(person)) Check(await users.RemovePasswordAsync(person));
        Check(await users.AddPasswordAsync(person, password!));
        // A new password ends the lockout that may have sent the person here.
        await users.ResetAccessFailedCountAsync(person);
        await users.SetLockoutEndDateAsync(person, null);
    }

    public static void Check(IdentityResult result)
    {
        if (result.Succeeded) return;
        // Identity's own optimistic check (the person's concurrency stamp): someone changed this account meanwhile.
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            throw new DomainException(ErrorCodes.VersionConflict, "Someone else changed this account at the same moment; reload and check.");
        var password = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal));
        var taken = result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName");
        throw new DomainException(password ? AccreditationErrors.PasswordRejected : taken ? AccreditationErrors.EmailTaken : ErrorCodes.InvalidArgument,
            string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private static void Guard(bool condition, string code, string message)
    {
        if (!condition) throw new DomainException(code, message);
    }
}
