package org.opencpms.application.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Subject;

/**
 * The synthetic data set of the training environment, in which anyone can try every step of a
 * consultation without real patient data. Nothing in it describes a real person: the centres are
 * invented "(training)" hospitals, the accounts are role personas with addresses under the reserved
 * {@code .invalid} domain, and the patients carry NATO-alphabet given names, family names from a
 * fixed list of invented names ({@link #FAMILY_NAMES}), dates of birth relative to the day of
 * loading, and hospital identifiers {@code TRN-000101} to {@code TRN-000120}.
 *
 * <p>What {@link LoadTrainingData} loads from it:
 * <ul>
 *   <li>three ERNs ({@link #NETWORKS}: ERKNet, ERN-RND, ITHACA), each with thematic disease groups;</li>
 *   <li>six healthcare providers in six countries: five members of one or two ERNs (full members,
 *       affiliated and associated partners) and one non-member, the guest expert's hospital;</li>
 *   <li>{@link #accounts() the accounts}: a coordinator and a dispatcher per ERN, health
 *       professionals at five centres in two or more ERNs, a centre assistant acting for
 *       {@code hp.berlin}, a panel manager, a researcher, an auditor, a guest expert invited to one
 *       panel, a newcomer with no grants, an applicant whose access request is pending, and the platform
 *       operator who loads the reference data and appoints the first coordinators;</li>
 *   <li>twenty enrolled patients with their consents (one sharing consent withdrawn), and eleven
 *       panels covering every panel state, with pending, accepted and declined invitations, timeline
 *       comments, answered and open data requests, contributions and comments on them, a meeting, a
 *       chat message, outcomes drafted, reviewed and finalised, a forwarded panel and a copied one.</li>
 * </ul>
 *
 * <p>Every account is registered with the OpenID Connect identity ({@link #ISSUER}, username): the
 * training token endpoint issues tokens with {@code iss} = {@link #ISSUER} and {@code sub} = the
 * username.
 */
public final class TrainingDataSet {

    /** The OpenID Connect issuer of every training account; {@code .invalid} never resolves. */
    public static final String ISSUER = "https://training.opencpms.invalid";

    /** The e-mail domain of every training account; mail to it is never delivered. */
    public static final String EMAIL_DOMAIN = "training.opencpms.invalid";

    /** The networks established, in the order they are loaded. */
    public static final List<Ern> NETWORKS = List.of(Ern.ERKNET, Ern.RND, Ern.ITHACA);

    public static final String COORDINATOR_ERKNET = "coordinator.erknet";
    public static final String COORDINATOR_RND = "coordinator.rnd";
    public static final String COORDINATOR_ITHACA = "coordinator.ithaca";
    public static final String DISPATCHER_ERKNET = "dispatcher.erknet";
    public static final String DISPATCHER_RND = "dispatcher.rnd";
    public static final String DISPATCHER_ITHACA = "dispatcher.ithaca";
    public static final String HP_BERLIN = "hp.berlin";
    public static final String HP_PARIS = "hp.paris";
    public static final String HP_MILANO = "hp.milano";
    public static final String HP_NIJMEGEN = "hp.nijmegen";
    public static final String HP_MADRID = "hp.madrid";
    public static final String ASSISTANT_BERLIN = "assistant.berlin";
    public static final String PANEL_MANAGER_ERKNET = "panelmanager.erknet";
    public static final String RESEARCHER_ERKNET = "researcher.erknet";
    public static final String AUDITOR_ERKNET = "auditor.erknet";
    public static final String GUEST_VIENNA = "guest.vienna";
    public static final String NEWCOMER = "newcomer";
    public static final String APPLICANT_MADRID = "applicant.madrid";
    /** The platform operator: named in configuration in training mode, never registered as a user. */
    public static final String OPERATOR = "operator";

    /** Invented family names, one per training patient, so that no training patient can be mistaken for a real one. */
    public static final List<String> FAMILY_NAMES = List.of("Mockford", "Sampleby", "Testworth", "Dummington", "Fictivo",
            "Placeholder", "Pretendini", "Exemplaar", "Trialsson", "Demovska", "Simulatti", "Prototypou", "Makebelieve",
            "Imaginaire", "Nonexistenz", "Inventadez", "Specimensen", "Fauxbourg", "Synthetica", "Shamwell");

    /** The given names of the training patients: the NATO spelling alphabet, Alpha to Tango. */
    public static final List<String> GIVEN_NAMES = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot",
            "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo",
            "Sierra", "Tango");

    /** Every hospital identifier of a training patient starts with this. */
    public static final String HOSPITAL_IDENTIFIER_PREFIX = "TRN-";

    private static final List<TrainingAccount> ACCOUNTS = List.of(
            account(COORDINATOR_ERKNET, "Coordinator ERKNet (training)", "FR",
                    "ERKNet coordinator at Paris: decides access requests, forwards panels, reads KPIs"),
            account(COORDINATOR_RND, "Coordinator ERN-RND (training)", "IT",
                    "ERN-RND coordinator at Milano: has the applicant's access request to decide"),
            account(COORDINATOR_ITHACA, "Coordinator ITHACA (training)", "NL",
                    "ITHACA coordinator at Nijmegen: receives the panel forwarded from ERKNet"),
            account(DISPATCHER_ERKNET, "Dispatcher ERKNet (training)", "DE",
                    "ERKNet dispatcher at Berlin: invites experts and starts assessments for leads"),
            account(DISPATCHER_RND, "Dispatcher ERN-RND (training)", "ES",
                    "ERN-RND dispatcher at Madrid: helps assemble neurology panels"),
            account(DISPATCHER_ITHACA, "Dispatcher ITHACA (training)", "FR",
                    "ITHACA dispatcher at Paris: assembled the forwarded panel, member of the archived one"),
            account(HP_BERLIN, "Health professional Berlin (training)", "DE",
                    "HP in ERKNet and ERN-RND at Berlin: leads panels in every early state; start here"),
            account(HP_PARIS, "Health professional Paris (training)", "FR",
                    "HP in ERKNet at Paris: leads a panel in sign-off, has an invitation waiting"),
            account(HP_MILANO, "Health professional Milano (training)", "IT",
                    "HP in ERN-RND and ERKNet at Milano: leads a closed panel and its copy, has an outcome to review"),
            account(HP_NIJMEGEN, "Health professional Nijmegen (training)", "NL",
                    "HP in ITHACA at Nijmegen: led the archived panel, expert of another ERN elsewhere"),
            account(HP_MADRID, "Health professional Madrid (training)", "ES",
                    "HP in ERN-RND at Madrid: led the aborted panel, expert on neurology panels"),
            account(ASSISTANT_BERLIN, "Centre assistant Berlin (training)", "DE",
                    "Centre assistant acting for hp.berlin: enrols patients and answers data requests"),
            account(PANEL_MANAGER_ERKNET, "Panel manager ERKNet (training)", "FR",
                    "ERKNet panel manager at Paris: schedules meetings, never sees identities"),
            account(RESEARCHER_ERKNET, "Researcher ERKNet (training)", "BE",
                    "ERKNet researcher: exports the anonymised research data set only"),
            account(AUDITOR_ERKNET, "Auditor ERKNet (training)", "LU",
                    "ERKNet auditor: reads the audit trail and exports a patient's trail"),
            account(GUEST_VIENNA, "Guest expert Vienna (training)", "AT",
                    "Guest expert from a non-member centre, invited to one panel in assessment"),
            account(NEWCOMER, "Newcomer (training)", "PT",
                    "Signed in once and holds no role: can only file an access request"),
            account(APPLICANT_MADRID, "Applicant Madrid (training)", "ES",
                    "Holds no role yet: their access request to ERN-RND waits for coordinator.rnd"),
            account(OPERATOR, "Platform operator (training)", "BE",
                    "Registers centres and their ERN memberships, establishes networks, appoints coordinators; "
                            + "sees no patient"));

    private TrainingDataSet() {
    }

    /**
     * Every training account, coordinators first (the order in which they are loaded), the platform operator last:
     * the operator is named in configuration and never registered as a user.
     */
    public static List<TrainingAccount> accounts() {
        return ACCOUNTS;
    }

    /** The accounts registered as users: all but the platform operator. */
    public static List<TrainingAccount> users() {
        return ACCOUNTS.stream().filter(a -> !a.username().equals(OPERATOR)).toList();
    }

    /** @throws NoSuchElementException if no training account has this username */
    public static TrainingAccount account(String username) {
        return ACCOUNTS.stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no training account " + username));
    }

    /** The OpenID Connect identity of the training account with this username. */
    public static Subject subjectOf(String username) {
        return account(username).subject();
    }

    private static TrainingAccount account(String username, String displayName, String country, String purpose) {
        return new TrainingAccount(username, displayName, new EmailAddress(username + "@" + EMAIL_DOMAIN),
                Country.of(country), purpose);
    }

    // ------------------------------------------------------------------ centres and patients

    static final String BERLIN = "berlin";
    static final String PARIS = "paris";
    static final String MILANO = "milano";
    static final String NIJMEGEN = "nijmegen";
    static final String MADRID = "madrid";
    static final String VIENNA = "vienna";

    /** An invented hospital, its country, the language of its consent forms, and its ERN memberships. */
    record Centre(String key, String name, Country country, String language, Map<Ern, MembershipType> memberships) {
    }

    static final List<Centre> CENTRES = List.of(
            centre(BERLIN, "Berlin University Hospital (training)", "DE", "de",
                    Ern.ERKNET, MembershipType.FULL_MEMBER, Ern.RND, MembershipType.FULL_MEMBER),
            centre(PARIS, "Hôpital universitaire de Paris (training)", "FR", "fr",
                    Ern.ERKNET, MembershipType.FULL_MEMBER, Ern.ITHACA, MembershipType.FULL_MEMBER),
            centre(MILANO, "Ospedale universitario di Milano (training)", "IT", "it",
                    Ern.RND, MembershipType.FULL_MEMBER, Ern.ERKNET, MembershipType.ASSOCIATED_PARTNER),
            centre(NIJMEGEN, "Universitair ziekenhuis Nijmegen (training)", "NL", "nl",
                    Ern.ITHACA, MembershipType.FULL_MEMBER, Ern.RND, MembershipType.AFFILIATED_PARTNER),
            centre(MADRID, "Hospital universitario de Madrid (training)", "ES", "es",
                    Ern.RND, MembershipType.FULL_MEMBER, Ern.ITHACA, MembershipType.AFFILIATED_PARTNER),
            centre(VIENNA, "Allgemeines Krankenhaus Wien (training)", "AT", "de"));

    private static Centre centre(String key, String name, String country, String language) {
        return new Centre(key, name, Country.of(country), language, Map.of());
    }

    private static Centre centre(String key, String name, String country, String language, Ern first,
                                 MembershipType firstType, Ern second, MembershipType secondType) {
        var memberships = new LinkedHashMap<Ern, MembershipType>();
        memberships.put(first, firstType);
        memberships.put(second, secondType);
        return new Centre(key, name, Country.of(country), language, Collections.unmodifiableMap(memberships));
    }

    /**
     * A synthetic patient: identity, the age in whole years on the day of loading, the centre and the
     * health professional enrolling them, and who enters the enrolment (the HP or their assistant).
     */
    record SyntheticPatient(String givenName, String familyName, Sex sex, int age, String centre, String enrollingHp,
                   String enrolledBy, String hospitalIdentifier) {
    }

    static final List<SyntheticPatient> PATIENTS = List.of(
            patient(0, Sex.FEMALE, 9, BERLIN, HP_BERLIN, HP_BERLIN),
            patient(1, Sex.MALE, 14, BERLIN, HP_BERLIN, HP_BERLIN),
            patient(2, Sex.MALE, 6, BERLIN, HP_BERLIN, HP_BERLIN),
            patient(3, Sex.FEMALE, 3, BERLIN, HP_BERLIN, ASSISTANT_BERLIN),
            patient(4, Sex.FEMALE, 27, BERLIN, HP_BERLIN, ASSISTANT_BERLIN),
            patient(5, Sex.MALE, 41, BERLIN, HP_BERLIN, HP_BERLIN),
            patient(6, Sex.MALE, 5, PARIS, HP_PARIS, HP_PARIS),
            patient(7, Sex.FEMALE, 11, PARIS, HP_PARIS, HP_PARIS),
            patient(8, Sex.FEMALE, 16, PARIS, HP_PARIS, HP_PARIS),
            patient(9, Sex.FEMALE, 33, PARIS, HP_PARIS, HP_PARIS),
            patient(10, Sex.MALE, 19, MILANO, HP_MILANO, HP_MILANO),
            patient(11, Sex.FEMALE, 58, MILANO, HP_MILANO, HP_MILANO),
            patient(12, Sex.MALE, 72, MILANO, HP_MILANO, HP_MILANO),
            patient(13, Sex.FEMALE, 4, NIJMEGEN, HP_NIJMEGEN, HP_NIJMEGEN),
            patient(14, Sex.MALE, 8, NIJMEGEN, HP_NIJMEGEN, HP_NIJMEGEN),
            patient(15, Sex.MALE, 1, NIJMEGEN, HP_NIJMEGEN, HP_NIJMEGEN),
            patient(16, Sex.FEMALE, 12, MADRID, HP_MADRID, HP_MADRID),
            patient(17, Sex.MALE, 45, MADRID, HP_MADRID, HP_MADRID),
            patient(18, Sex.OTHER, 23, MADRID, HP_MADRID, HP_MADRID),
            patient(19, Sex.UNKNOWN, 2, PARIS, HP_PARIS, HP_PARIS));

    private static SyntheticPatient patient(int index, Sex sex, int age, String centre, String enrollingHp, String enrolledBy) {
        return new SyntheticPatient(GIVEN_NAMES.get(index), FAMILY_NAMES.get(index), sex, age, centre, enrollingHp, enrolledBy,
                String.format("%s%06d", HOSPITAL_IDENTIFIER_PREFIX, 101 + index));
    }
}
