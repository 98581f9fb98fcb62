package org.opencpms.domain.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 24 European Reference Networks, by their short code and full name. The set is closed: a
 * network is referred to by this enum everywhere in the domain.
 */
public enum Ern {
    ENDO_ERN("Endo-ERN", "European Reference Network on rare endocrine conditions"),
    ERKNET("ERKNet", "European Rare Kidney Disease Reference Network"),
    BOND("ERN BOND", "European Reference Network on rare bone disorders"),
    CRANIO("ERN CRANIO", "European Reference Network on craniofacial anomalies and ear, nose and throat disorders"),
    EPICARE("EpiCARE", "European Reference Network on rare and complex epilepsies"),
    EURACAN("EURACAN", "European Reference Network on rare adult solid cancers"),
    EUROBLOODNET("EuroBloodNet", "European Reference Network on rare haematological diseases"),
    EUROGEN("eUROGEN", "European Reference Network on rare urogenital diseases and complex conditions"),
    EURO_NMD("EURO-NMD", "European Reference Network on rare neuromuscular diseases"),
    EYE("ERN-EYE", "European Reference Network on rare eye diseases"),
    GENTURIS("GENTURIS", "European Reference Network on genetic tumour risk syndromes"),
    GUARD_HEART("GUARD-HEART", "European Reference Network on rare and complex diseases of the heart"),
    ITHACA("ITHACA", "European Reference Network on congenital malformations and rare intellectual disability"),
    METABERN("MetabERN", "European Reference Network on hereditary metabolic disorders"),
    PAEDCAN("PaedCan", "European Reference Network on paediatric cancer (haemato-oncology)"),
    RARE_LIVER("RARE-LIVER", "European Reference Network on rare hepatological diseases"),
    RECONNET("ReCONNET", "European Reference Network on rare and complex connective tissue and musculoskeletal diseases"),
    RITA("RITA", "European Reference Network on rare immunodeficiency, autoinflammatory and autoimmune diseases"),
    LUNG("ERN-LUNG", "European Reference Network on rare respiratory diseases"),
    SKIN("ERN-Skin", "European Reference Network on rare and undiagnosed skin disorders"),
    RND("ERN-RND", "European Reference Network on rare neurological diseases"),
    ERNICA("ERNICA", "European Reference Network on rare inherited and congenital digestive and gastrointestinal diseases"),
    VASCERN("VASCERN", "European Reference Network on rare multisystemic vascular diseases"),
    TRANSPLANT_CHILD("TransplantChild", "European Reference Network on transplantation in children");

    private final String code;
    private final String fullName;

    Ern(String code, String fullName) {
        this.code = code;
        this.fullName = fullName;
    }

    /** The network's own short code, e.g. {@code ERKNet}. */
    public String code() {
        return code;
    }

    public String fullName() {
        return fullName;
    }

    /** Looks a network up by its short code (case-insensitive) or by this enum's name. */
    public static Optional<Ern> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(e -> e.code.equalsIgnoreCase(code.strip()) || e.name().equalsIgnoreCase(code.strip()))
                .findFirst();
    }
}
