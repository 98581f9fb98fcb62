package org.opencpms.application.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.opencpms.application.user.IdentifyUser;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * One run of the training loader: the instant the whole history happens at (the clock's, so everything happens
 * "now"), the platform operator who sets up the reference data, and the ids created so far, by the names the data
 * set gives them. Every other actor is the training user as they act at that moment ({@link IdentifyUser}).
 */
public final class TrainingRun {

    private final Instant now;
    private final LocalDate today;
    private final Actor operator;
    private final IdentifyUser identify;
    private final Map<String, ProviderId> centres = new HashMap<>();
    private final Map<String, UserId> people = new HashMap<>();
    private final Map<String, PatientId> patients = new HashMap<>();

    TrainingRun(Clock clock, Actor operator, IdentifyUser identify) {
        this.now = clock.instant();
        this.today = LocalDate.ofInstant(now, clock.getZone());
        this.operator = operator;
        this.identify = identify;
    }

    Instant now() {
        return now;
    }

    LocalDate today() {
        return today;
    }

    Actor operator() {
        return operator;
    }

    /** The user as they act now, with the grants they hold now. */
    Actor actor(String username) {
        return identify.handle(new IdentifyUser.Query(person(username)));
    }

    ProviderId centre(String key) {
        return known(centres, key);
    }

    void centre(String key, ProviderId id) {
        centres.put(key, id);
    }

    UserId person(String username) {
        return known(people, username);
    }

    void person(String username, UserId id) {
        people.put(username, id);
    }

    PatientId patient(String givenName) {
        return known(patients, givenName);
    }

    void patient(String givenName, PatientId id) {
        patients.put(givenName, id);
    }

    private static <T> T known(Map<String, T> ids, String name) {
        var id = ids.get(name);
        if (id == null) {
            throw new NoSuchElementException("the training run has created nothing named " + name + " yet");
        }
        return id;
    }
}
