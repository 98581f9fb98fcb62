package org.opencpms.domain.patient;

import java.time.LocalDate;
import java.util.Comparator;
import org.opencpms.domain.shared.CursorTokens;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/**
 * A position in a centre's patient list ({@link Patients#listAtCentre(org.opencpms.domain.shared.ProviderId,
 * java.util.Optional, int)}): the enrolment date and id of the last patient a page showed. The list is
 * ordered by {@link #LIST_ORDER}; the next page holds the patients after this position, so that
 * patients enrolled meanwhile never shift or repeat a patient already seen. A position need not be a
 * stored patient's.
 *
 * <p>{@link #token()} is its opaque text for clients, {@link #parse(String)} reads it back.
 */
public record PatientCursor(LocalDate enrolledOn, PatientId id) {

    /** The order of a centre's list: the most recently enrolled first, ties by id as its canonical text. */
    public static final Comparator<PatientCursor> LIST_ORDER = Comparator.comparing(PatientCursor::enrolledOn)
            .reversed().thenComparing(cursor -> cursor.id().toString());

    public PatientCursor {
        Require.present(enrolledOn, "cursor");
        Require.present(id, "cursor");
    }

    /** The position of this patient. */
    public static PatientCursor of(Patient patient) {
        return new PatientCursor(patient.enrolledOn(), patient.id());
    }

    /** Whether the patient comes after this position in the list. */
    public boolean precedes(Patient patient) {
        return LIST_ORDER.compare(this, of(patient)) < 0;
    }

    /** The opaque text of this position (base64url of the enrolment date and the id). */
    public String token() {
        return CursorTokens.write(enrolledOn.toString(), id.toString());
    }

    /**
     * The position a {@link #token()} stands for.
     *
     * @throws org.opencpms.domain.shared.InvalidValue {@code cursor.invalid} if the text is not a token
     *         of a patient list
     */
    public static PatientCursor parse(String token) {
        return CursorTokens.read(token, 2, values -> new PatientCursor(LocalDate.parse(values.get(0)),
                PatientId.of(values.get(1))), PatientCursor::token);
    }
}
