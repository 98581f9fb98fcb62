package org.opencpms.adapters.fhir.http;

/** The identifier and code systems OpenCPMS names in what it serves. */
public final class NamingSystems {

    /** The patient's pseudonym id. */
    public static final String PSEUDONYM = "https://opencpms.org/fhir/sid/pseudonym";
    /** An OpenCPMS user (a person), by user id. */
    public static final String USER = "https://opencpms.org/fhir/sid/user";
    /** A machine client (a hospital system), by its client id at the OpenID Connect provider. */
    public static final String CLIENT = "https://opencpms.org/fhir/sid/client";
    /** HL7 v2 table 0203, identifier types ({@code MR}: the hospital's medical record number). */
    public static final String IDENTIFIER_TYPES = "http://terminology.hl7.org/CodeSystem/v2-0203";

    private NamingSystems() {
    }
}
