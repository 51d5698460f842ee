using System.Diagnostics;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OnlineMinisterial.Domain.Common;

namespace OnlineMinisterial.Web.Features.Auth;

/// <summary>
/// Checks a password and signs the person in (ADR 0019). Every path hashes once, so an unknown account, a locked
/// one and a wrong password take the same time. Failures from unknown devices count towards Identity's lockout;
/// failures from a device the person signed in on before are only throttled, so an outsider cannot lock them out.
/// </summary>
internal sealed class SignInService(
    UserManager<Person> users,
    SignInManager<Person> signIn,
    IPasswordHasher<Person> hasher,
    TrustedDevices devices,
    TrustedDeviceThrottle throttle,
    IOptions<AuthOptions> auth,
    TimeProvider time)
{
    private static readonly Person Nobody = new() { Id = "nobody", UserName = "nobody" };
    private static string? _nobodyHash;

    public async Task<Person> SignInAsync(HttpContext http, string? email, string? password, bool keepSignedIn)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await CheckAndSignInAsync(http, email, password, keepSignedIn);
        }
        catch (DomainException)
        {
            // Hashing evens out most of the difference; recording a failure writes to the database and an unknown
            // account does not. Every refusal answers no sooner than the floor, so the two look alike.
            var floor = TimeSpan.FromMilliseconds(auth.Value.FailedSignInMilliseconds) - Stopwatch.GetElapsedTime(started);
            if (floor > TimeSpan.Zero) await Task.Delay(floor, http.RequestAborted);
            throw;
        }
    }

    private async Task<Person> CheckAndSignInAsync(HttpContext http, string? email, string? password, bool keepSignedIn)
    {
        var person = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        password ??= "";
        if (person is null)
        {
            hasher.VerifyHashedPassword(Nobody, _nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString()), password);
            throw InvalidCredentials();
        }

        var device = devices.DeviceFor(http, person.Id);
        if (device is not null && throttle.RetryAfter(person.Id, device) is { } wait)
        {
            await users.CheckPasswordAsync(person, password);
            throw RateLimited(wait);
        }
        var lockedUntil = device is null && await users.IsLockedOutAsync(person) ? await users.GetLockoutEndDateAsync(person) : null;
        var right = await users.CheckPasswordAsync(person, password);
        if (lockedUntil is { } until)
            throw new DomainException(ErrorCodes.LockedOut,
                $"Too many failed attempts from unknown devices. Try again in {Minutes(until)} minutes, sign in on a device you used before, or ask the secretariat to unlock the account.");
        if (!right)
        {
            if (device is null) await users.AccessFailedAsync(person);
            else throttle.Failed(person.Id, device);
            throw InvalidCredentials();
        }
        if (person.DeactivatedAt is not null)
            throw new DomainException(ErrorCodes.Deactivated, "This account has been deactivated. Ask the secretariat.");

        if (device is null) await users.ResetAccessFailedCountAsync(person);
        var now = time.GetUtcNow();
        await signIn.SignInAsync(person, new AuthenticationProperties
        {
            IsPersistent = keepSignedIn,
            ExpiresUtc = keepSignedIn ? now.AddDays(auth.Value.KeepSignedInDays) : null,
        });
        devices.Remember(http, person.Id);
        return person;
    }

    private int Minutes(DateTimeOffset until) => Math.Max(1, (int)Math.Ceiling((until - time.GetUtcNow()).TotalMinutes));

    private static DomainException InvalidCredentials() => new(ErrorCodes.InvalidCredentials, "The email or password is not right.");

    private static DomainException RateLimited(TimeSpan wait) =>
        new(ErrorCodes.RateLimited, $"Too many failed attempts. Try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds.")
        { Kind = ErrorKind.TooManyRequests, Data = { ["retryAfterSeconds"] = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) } };
}
