package org.opencpms.domain.coding;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The coding systems a consultation form may use, each with its canonical system URI (as used in
 * FHIR {@code Coding.system}) and the format its codes must have.
 */
public enum CodingSystem {
    /** WHO ICD-10: a letter, two digits, optionally a dot and one to four letters or digits (G71.0). */
    ICD_10("http://hl7.org/fhir/sid/icd-10", "ICD-10", "a letter, two digits, optionally a dot and one to four letters or digits",
            CodeFormats::isIcd10),
    /** Orphanet: a positive integer, optionally prefixed {@code ORPHA:} (ORPHA:558). */
    ORPHACODE("http://www.orpha.net", "ORPHAcode", "a positive integer, optionally prefixed ORPHA:", CodeFormats::isOrphacode),
    /** Human Phenotype Ontology: {@code HP:} and seven digits (HP:0001250). */
    HPO("http://human-phenotype-ontology.org", "HPO", "HP: and seven digits", CodeFormats::isHpo),
    /** LOINC: digits, a hyphen and the mod-10 check digit (2345-7). */
    LOINC("http://loinc.org", "LOINC", "one to seven digits, a hyphen and the mod-10 check digit", CodeFormats::isLoinc),
    /** SNOMED CT: a concept identifier of 6 to 18 digits with a Verhoeff check digit (22298006). */
    SNOMED_CT("http://snomed.info/sct", "SNOMED CT",
            "a concept identifier of 6 to 18 digits, partition 00 or 10, ending with its Verhoeff check digit",
            CodeFormats::isSnomedConceptId),
    /** MedDRA: an eight-digit code (10019211). */
    MEDDRA("http://meddra.org", "MedDRA", "eight digits", CodeFormats::isMeddra);

    private final String uri;
    private final String displayName;
    private final String rule;
    private final Predicate<String> format;

    CodingSystem(String uri, String displayName, String rule, Predicate<String> format) {
        this.uri = uri;
        this.displayName = displayName;
        this.rule = rule;
        this.format = format;
    }

    /** The canonical system URI, e.g. {@code http://loinc.org}. */
    public String uri() {
        return uri;
    }

    /** The name people use for the system, e.g. {@code SNOMED CT}. */
    public String displayName() {
        return displayName;
    }

    /** The format rule a code must satisfy, in words, e.g. {@code "HP: and seven digits"}. */
    public String rule() {
        return rule;
    }

    /** Whether {@code code} is well formed in this system (including its check digit, if any). */
    public boolean isValid(String code) {
        return code != null && format.test(code);
    }

    /** The system with this canonical URI, if any. */
    public static Optional<CodingSystem> byUri(String uri) {
        return Arrays.stream(values()).filter(s -> s.uri.equals(uri)).findFirst();
    }
}
