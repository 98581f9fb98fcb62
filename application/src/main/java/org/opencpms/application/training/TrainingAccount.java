package org.opencpms.application.training;

import java.util.regex.Pattern;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Subject;

/**
 * One synthetic account of the training environment: a made-up person whom a trainee signs in as.
 * The account is registered with the OpenID Connect identity {@link #subject()}, that is issuer
 * {@link TrainingDataSet#ISSUER} and subject {@code username}, so that a token the training token
 * endpoint issues with {@code iss} = that issuer and {@code sub} = the username identifies it. Its
 * roles are not held here: they are the role grants OpenCPMS holds for the user, as for any user.
 *
 * @param username    stable login name, lower-case words separated by dots (e.g. {@code hp.berlin})
 * @param displayName the name the product shows, marked as a training account
 * @param email       an address under {@code .invalid}, which never delivers
 * @param country     the country the person works in
 * @param purpose     what a trainee uses this account for, in one line
 */
public record TrainingAccount(String username, String displayName, EmailAddress email, Country country, String purpose) {

    private static final Pattern USERNAME = Pattern.compile("[a-z]+(\\.[a-z]+)*");

    public TrainingAccount {
        Require.present(username, "training-username");
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidValue("training-username", "lower-case words separated by dots: " + username);
        }
        displayName = Require.text(displayName, "display-name", 200);
        Require.present(email, "email");
        Require.present(country, "country");
        purpose = Require.text(purpose, "training-purpose", 300);
    }

    /** The OpenID Connect identity this account is registered with: the training issuer and the username. */
    public Subject subject() {
        return new Subject(TrainingDataSet.ISSUER, username);
    }
}
