package org.opencpms.adapters.fhir.consent;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.opencpms.application.consent.ConsentView;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;

/**
 * FHIR Consent to and from OpenCPMS's four consent kinds. The kind is a {@code category} coding of {@value #KINDS}
 * ({@code care}, {@code sharing-within-ern}, {@code registry-inclusion}, {@code research-contact}); the day it was given
 * is {@code dateTime}; the form is {@code sourceAttachment} (its {@code title} the form version, its {@code language}
 * the form's ISO 639-1 language). A consent is recorded with status {@code active}; an update to {@code inactive} or
 * {@code rejected} withdraws it, the reason in the {@value #WITHDRAWAL_REASON} extension.
 */
public final class ConsentMapping {

    public static final String KINDS = "https://opencpms.org/fhir/CodeSystem/consent-kind";
    public static final String WITHDRAWAL_REASON = "https://opencpms.org/fhir/StructureDefinition/withdrawal-reason";

    private ConsentMapping() {
    }

    /** The consent as given; refused ({@code consent-status.invalid}) unless its status is active. */
    public static GivenConsent given(Consent consent) {
        if (consent.getStatus() != ConsentState.ACTIVE) {
            throw new InvalidValue("consent-status", "a consent is recorded as active; withdraw it by an update to"
                    + " inactive or rejected");
        }
        var form = consent.getSourceAttachment();
        return new GivenConsent(kind(consent), givenOn(consent), new ConsentForm(form.getTitle(), form.getLanguage()),
                null);
    }

    /** Whether this update asks for a withdrawal. */
    public static boolean withdraws(Consent consent) {
        return consent.getStatus() == ConsentState.INACTIVE || consent.getStatus() == ConsentState.REJECTED;
    }

    /** The reason of a withdrawal, or null (which the domain refuses). */
    public static String withdrawalReason(Consent consent) {
        var extension = consent.getExtensionByUrl(WITHDRAWAL_REASON);
        return extension != null && extension.getValue() instanceof StringType reason ? reason.getValue() : null;
    }

    public static Consent toFhir(ConsentView view, PatientId patient) {
        var consent = new Consent();
        consent.setId(view.id().value().toString());
        consent.getMeta().setVersionId(String.valueOf(view.version()));
        consent.setStatus(view.inForce() ? ConsentState.ACTIVE : ConsentState.INACTIVE);
        consent.setScope(new CodeableConcept().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent")));
        consent.addCategory().addCoding(new Coding(KINDS, code(view.given().kind()), null));
        consent.setPatient(new Reference("Patient/" + patient.value()));
        consent.setDateTimeElement(new DateTimeType(view.given().givenOn().toString()));
        consent.setSource(new Attachment().setTitle(view.given().form().version())
                .setLanguage(view.given().form().language()));
        consent.addPolicy().setUri("https://opencpms.org/consent/" + code(view.given().kind()));
        view.withdrawal().ifPresent(w -> consent.addExtension(WITHDRAWAL_REASON, new StringType(w.reason())));
        return consent;
    }

    static String code(ConsentKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ConsentKind kind(Consent consent) {
        return consent.getCategory().stream().flatMap(c -> c.getCoding().stream())
                .filter(c -> KINDS.equals(c.getSystem())).findFirst()
                .flatMap(c -> Arrays.stream(ConsentKind.values()).filter(k -> code(k).equals(c.getCode())).findFirst())
                .orElseThrow(() -> new InvalidValue("consent-kind", "a category coded in " + KINDS
                        + " (care, sharing-within-ern, registry-inclusion, research-contact) is needed"));
    }

    private static LocalDate givenOn(Consent consent) {
        if (!consent.hasDateTime()) {
            return null;
        }
        var text = consent.getDateTimeElement().getValueAsString();
        return text.length() == 10 ? LocalDate.parse(text)
                : consent.getDateTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
