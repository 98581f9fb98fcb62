package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.ASSISTANT_BERLIN;
import static org.opencpms.e2e.Accounts.AUDITOR_ERKNET;
import static org.opencpms.e2e.Accounts.COORDINATOR_ERKNET;
import static org.opencpms.e2e.Accounts.COORDINATOR_ITHACA;
import static org.opencpms.e2e.Accounts.COORDINATOR_RND;
import static org.opencpms.e2e.Accounts.DISPATCHER_ERKNET;
import static org.opencpms.e2e.Accounts.DISPATCHER_RND;
import static org.opencpms.e2e.Accounts.GUEST_VIENNA;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_MADRID;
import static org.opencpms.e2e.Accounts.HP_MILANO;
import static org.opencpms.e2e.Accounts.HP_NIJMEGEN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.OPERATOR;
import static org.opencpms.e2e.Accounts.PANEL_MANAGER_ERKNET;
import static org.opencpms.e2e.Accounts.RESEARCHER_ERKNET;
import static org.opencpms.e2e.Accounts.id;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opencpms.e2e.Clinic.PanelRef;

/**
 * Who may call what, generated from ONE table: {@link #TABLE} lists, per endpoint (method, path template, body
 * factory, the state its target must be in) and relation, the actors that succeed ({@link Expect#OK}) or pass the
 * gate but meet a domain rule ({@link Expect#RULE}); every other training account, the newcomer and an anonymous
 * caller are expected to be refused ({@link Expect#DENIED}; anonymous: 401). The table expands to one row per
 * (endpoint, relation, caller); each row is a dynamic test that fails on any 2xx the table does not expect. Other
 * mismatches (a refusal where the table expects success, 403 where it expects 422...) are collected and reported
 * together by the last dynamic test, so one run shows them all.
 *
 * <p>Relations are fixed fixtures: OWN_* are Berlin's (hp.berlin's centre; a panel hp.berlin leads in ERKNet whose
 * members are hp.paris (same ERN), hp.nijmegen (other ERN) and guest.vienna (guest), hp.milano invited and still
 * pending); OTHER_* are Madrid's (hp.madrid's centre; a panel hp.madrid leads in ERN-RND with hp.milano as its only
 * member). SELF is the caller's own account, OTHER_USER hp.madrid's. A caller who succeeds gets a target of their
 * own, freshly built; everyone else shares one per row, so that a refused call that did change something is seen.
 *
 * <p>No existence oracle: a caller who may not see the patient, panel or consent a path addresses ({@link #viewers})
 * gets exactly what an unknown id gets — the same 404, code, title and detail (but for the id) — whatever the method,
 * and a caller OpenCPMS does not know yet gets the same answer for both too. Every such row also sends its request with
 * the target's id replaced by a random one and compares the two answers.
 */
class SecurityMatrixIT extends OnTheBuiltEar {

    static final String ANONYMOUS = "(anonymous)";
    /** The one endpoint whose body is CSV, not JSON. */
    static final String CSV_IMPORT = "/api/providers/import";

    enum Relation { NONE, OWN_CENTRE, OTHER_CENTRE, OWN_PANEL, OTHER_PANEL, SELF, OTHER_USER }

    /** The state a target must be in for the call to make sense. */
    enum Stage { NONE, DRAFT, SELECTION, ASSESSMENT, SIGN_OFF, SIGN_OFF_FINAL, CLOSED }

    /**
     * OK: 2xx. DENIED: 401, 403 or 404. RULE: 409 or 422 (allowed to try, refused by a domain rule). MISSING: 404
     * after the gate (the item named in the body does not exist, e.g. a study the archive never received).
     */
    enum Expect {
        OK, DENIED, RULE, MISSING;

        boolean accepts(int status) {
            return switch (this) {
                case OK -> status / 100 == 2;
                case DENIED -> status == 401 || status == 403 || status == 404;
                case RULE -> status == 409 || status == 422;
                case MISSING -> status == 404;
            };
        }
    }

    record Endpoint(String method, String template, Stage stage, BiFunction<String, Target, JsonStructure> body) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** One line of the table: an endpoint, a relation, and who is expected to succeed or meet a rule. */
    record Line(Endpoint endpoint, Relation relation, Set<String> ok, Set<String> rule, boolean isPublic,
                Expect ruleClass) {
        Line(Endpoint endpoint, Relation relation, Set<String> ok, Set<String> rule, boolean isPublic) {
            this(endpoint, relation, ok, rule, isPublic, Expect.RULE);
        }
    }

    /** One expanded row: endpoint, actor, relation, expected status class. */
    record Row(Line line, String actor, Expect expected) {
        @Override
        public String toString() {
            return line.endpoint() + " [" + line.relation() + "] as " + actor + " -> " + expected;
        }
    }

    // --------------------------------------------------------------------------------------------- the table

    /** Every signed-in training account, the platform operator included. */
    static final Set<String> SIGNED_IN = Set.copyOf(Accounts.ALL);
    /** The registered users: all but the platform operator, who is named in configuration and has no account. */
    private static final Set<String> REGISTERED = Accounts.ALL.stream().filter(a -> !a.equals(OPERATOR))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> OPERATORS = Set.of(OPERATOR);
    static final Set<String> OWN_VIEWERS = Set.of(HP_BERLIN, ASSISTANT_BERLIN, HP_PARIS, HP_NIJMEGEN,
            GUEST_VIENNA, HP_MILANO, COORDINATOR_ERKNET, DISPATCHER_ERKNET, PANEL_MANAGER_ERKNET);
    static final Set<String> OTHER_VIEWERS = Set.of(HP_MADRID, HP_MILANO, COORDINATOR_RND, DISPATCHER_RND);
    /** Who sees a draft (no invitations yet): its lead and the lead's assistant, the lead ERN's coordination. */
    private static final Set<String> OWN_DRAFT_VIEWERS = Set.of(HP_BERLIN, ASSISTANT_BERLIN, COORDINATOR_ERKNET,
            DISPATCHER_ERKNET, PANEL_MANAGER_ERKNET);
    private static final Set<String> OTHER_DRAFT_VIEWERS = Set.of(HP_MADRID, COORDINATOR_RND, DISPATCHER_RND);
    /** The path variables naming what a request is addressed to, as the first segment after /api says. */
    private static final Map<String, String> ADDRESSED = Map.ofEntries(Map.entry("/api/patients/{patient}", "patient"),
            Map.entry("/api/panels/{panel}", "panel"), Map.entry("/api/consents/{consent}", "consent"),
            Map.entry("/fhir/Patient/{patient}", "patient"), Map.entry("/fhir/Consent?patient={patient}", "patient"),
            Map.entry("/fhir/Consent/{consent}", "consent"), Map.entry("/fhir/ServiceRequest/{panel}", "panel"),
            Map.entry("/fhir/Composition/{panel}", "panel"), Map.entry("/fhir/DiagnosticReport/{panel}", "panel"),
            Map.entry("/fhir/Binary/outcome-{panel}", "panel"), Map.entry("/fhir/Binary/form-{panel}", "panel"),
            Map.entry("/fhir/Condition?consultation=ServiceRequest/{panel}", "panel"),
            Map.entry("/fhir/Observation?based-on=ServiceRequest/{panel}", "panel"),
            Map.entry("/fhir/FamilyMemberHistory?consultation=ServiceRequest/{panel}", "panel"),
            Map.entry("/fhir/ImagingStudy?basedon=ServiceRequest/{panel}", "panel"));
    private static final Set<String> OWN_PARTICIPANTS = Set.of(HP_BERLIN, HP_PARIS, HP_NIJMEGEN, GUEST_VIENNA);
    private static final Set<String> OTHER_PARTICIPANTS = Set.of(HP_MADRID, HP_MILANO);
    private static final Set<String> OWN_MEMBERS = Set.of(HP_PARIS, HP_NIJMEGEN, GUEST_VIENNA);
    private static final Set<String> COORDINATORS = Set.of(COORDINATOR_ERKNET, COORDINATOR_RND, COORDINATOR_ITHACA);
    /** Who acts as a health professional: HPs, coordinators and dispatchers (the domain's Role rule). */
    static final Set<String> ACTING_AS_HP = Set.of(HP_BERLIN, HP_PARIS, HP_MILANO, HP_NIJMEGEN, HP_MADRID,
            COORDINATOR_ERKNET, COORDINATOR_RND, COORDINATOR_ITHACA, Accounts.DISPATCHER_ERKNET, DISPATCHER_RND,
            Accounts.DISPATCHER_ITHACA);

    static final List<Line> TABLE = new ArrayList<>();

    static {
        // operations and training: public
        open("GET", "/api/health/live");
        open("GET", "/api/metrics");
        open("GET", "/api/training/accounts");
        open("GET", "/api/sign-in");
        TABLE.add(new Line(new Endpoint("POST", "/api/training/tokens", Stage.NONE,
                (a, t) -> J.obj("username", Accounts.NEWCOMER)), Relation.NONE, Set.of(), Set.of(), true));
        // the caller, lists, reports
        line("GET", "/api/me", Stage.NONE, null, Relation.NONE, SIGNED_IN);
        line("GET", "/api/panels", Stage.NONE, null, Relation.NONE, SIGNED_IN);
        line("GET", "/api/notifications", Stage.NONE, null, Relation.NONE, SIGNED_IN);
        line("GET", "/api/notifications?unread=true", Stage.NONE, null, Relation.NONE, SIGNED_IN);
        line("GET", "/api/mail/dead", Stage.NONE, null, Relation.NONE, OPERATORS);
        // one notification (an invitation of hp.paris to Berlin's panel): only its recipient reads or marks it; an
        // operator retries only a dead mail (this one is not: 404 after the gate)
        line("GET", "/api/notifications/{notification}", Stage.SELECTION, null, Relation.OWN_PANEL, Set.of(HP_PARIS));
        line("POST", "/api/notifications/{notification}/read", Stage.SELECTION, null, Relation.OWN_PANEL, Set.of(HP_PARIS));
        line("DELETE", "/api/notifications/{notification}/read", Stage.SELECTION, null, Relation.OWN_PANEL,
                Set.of(HP_PARIS));
        TABLE.add(new Line(endpoint("POST", "/api/mail/dead/{notification}/retry", Stage.SELECTION, null),
                Relation.OWN_PANEL, Set.of(), OPERATORS, false, Expect.MISSING));
        line("GET", "/api/kpis", Stage.NONE, null, Relation.NONE, COORDINATORS);
        line("GET", "/api/kpis?ern=ERKNET", Stage.NONE, null, Relation.NONE, Set.of(COORDINATOR_ERKNET));
        line("GET", "/api/research/data-set", Stage.NONE, null, Relation.NONE, Set.of(RESEARCHER_ERKNET));
        line("GET", "/api/audit-trail?limit=1", Stage.NONE, null, Relation.NONE, Set.of(AUDITOR_ERKNET));
        line("GET", "/api/audit-trail?limit=1&action=CREATE&action=READ&from=2020-01-01T00:00:00Z&resourceType=Panel",
                Stage.NONE, null, Relation.NONE, Set.of(AUDITOR_ERKNET));
        line("GET", "/api/audit-trail/verification", Stage.NONE, null, Relation.NONE, Set.of(AUDITOR_ERKNET));
        // reference data (platform operators only) and access requests
        line("GET", "/api/providers?ern=ERKNET", Stage.NONE, null, Relation.NONE, SIGNED_IN);
        line("POST", "/api/providers", Stage.NONE,
                (a, t) -> J.obj("name", "Matrix hospital " + Clinic.unique(), "country", "DE"), Relation.NONE,
                OPERATORS);
        line("GET", "/api/providers/{provider}", Stage.NONE, null, Relation.NONE, SIGNED_IN);
        line("PUT", "/api/providers/{provider}", Stage.NONE,
                (a, t) -> J.obj("name", "Matrix hospital renamed " + Clinic.unique(), "country", "AT"), Relation.NONE,
                OPERATORS);
        line("POST", CSV_IMPORT, Stage.NONE, null, Relation.NONE, OPERATORS);
        line("POST", "/api/providers/{provider}/memberships", Stage.NONE,
                (a, t) -> J.obj("ern", "ERKNET", "type", "AFFILIATED_PARTNER"), Relation.NONE, OPERATORS);
        line("GET", "/api/networks", Stage.NONE, null, Relation.NONE, SIGNED_IN);
        line("POST", "/api/networks", Stage.NONE, (a, t) -> J.obj("ern", "ERKNET"), Relation.NONE, OPERATORS);
        line("POST", "/api/networks/{ern}/disease-groups", Stage.NONE,
                (a, t) -> J.obj("code", "M" + Clinic.unique().substring(0, 8), "name", "Matrix group"),
                Relation.NONE, OPERATORS);
        line("POST", "/api/networks/{ern}/coordinators", Stage.NONE, (a, t) -> J.obj("centre", t.get("centre"),
                "issuer", TestIdentityProvider.ISSUER, "subject", "matrix-coordinator-" + Clinic.unique(),
                "displayName", "Matrix Coordinator", "email", "coordinator@example.invalid", "country", "DE"),
                Relation.NONE, OPERATORS);
        line("GET", "/api/access-requests?ern=RND", Stage.NONE, null, Relation.NONE, Set.of(COORDINATOR_RND));
        line("POST", "/api/access-requests", Stage.NONE, (a, t) -> J.obj("ern", "ITHACA",
                "centre", Accounts.centre(HP_NIJMEGEN), "roles", J.arr("HEALTH_PROFESSIONAL"),
                "motivation", "Matrix", "country", "NL", "email", "matrix@example.invalid"), Relation.NONE, REGISTERED,
                OPERATORS);
        // a request is read by the one who filed it (a fresh applicant, no training account) and its ERN's coordinators
        line("GET", "/api/access-requests/{accessRequest}", Stage.NONE, null, Relation.NONE,
                Set.of(COORDINATOR_ITHACA));
        line("POST", "/api/access-requests/{accessRequest}/acceptance", Stage.NONE, null, Relation.NONE,
                Set.of(COORDINATOR_ITHACA));
        line("POST", "/api/access-requests/{accessRequest}/rejection", Stage.NONE,
                (a, t) -> J.obj("reason", "Matrix"), Relation.NONE, Set.of(COORDINATOR_ITHACA));
        // user accounts
        line("GET", "/api/users/{user}", Stage.NONE, null, Relation.SELF, REGISTERED);
        line("GET", "/api/users/{user}", Stage.NONE, null, Relation.OTHER_USER, union(COORDINATORS, Set.of(HP_MADRID)));
        var profile = (BiFunction<String, Target, JsonStructure>) (a, t) -> J.obj("displayName",
                Accounts.me(t.userName()).getString("displayName"), "email", Accounts.me(t.userName()).getString("email"),
                "country", t.userCountry());
        line("PUT", "/api/users/{user}/profile", Stage.NONE, profile, Relation.SELF, REGISTERED);
        line("PUT", "/api/users/{user}/profile", Stage.NONE, profile, Relation.OTHER_USER, Set.of(HP_MADRID));
        var guestGrant = (BiFunction<String, Target, JsonStructure>) (a, t) -> J.obj("role", "GUEST_EXPERT",
                "panel", t.get("panel"));
        line("POST", "/api/users/{user}/grants", Stage.DRAFT, guestGrant, Relation.OTHER_USER, ACTING_AS_HP);
        line("POST", "/api/users/{user}/grants/revocation", Stage.DRAFT, guestGrant, Relation.OTHER_USER,
                ACTING_AS_HP);
        var channel = (BiFunction<String, Target, JsonStructure>) (a, t) -> J.obj("channel", "BOTH");
        line("PUT", "/api/users/{user}/notification-channels/{kind}", Stage.NONE, channel, Relation.SELF,
                REGISTERED);
        line("PUT", "/api/users/{user}/notification-channels/{kind}", Stage.NONE, channel, Relation.OTHER_USER,
                Set.of(HP_MADRID));
        // calendar feeds: read by calendar clients with the secret alone (hp.paris's feed, issued for the line; the
        // line comes before the issuing ones, whose successful rows run after it and replace hp.paris's secret)
        open("GET", "/api/calendar-feeds/{secret}.ics");
        line("POST", "/api/users/{user}/calendar-feed", Stage.NONE, null, Relation.SELF, REGISTERED);
        line("POST", "/api/users/{user}/calendar-feed", Stage.NONE, null, Relation.OTHER_USER, Set.of(HP_MADRID));
        line("DELETE", "/api/users/{user}/calendar-feed", Stage.NONE, null, Relation.SELF, REGISTERED);
        line("DELETE", "/api/users/{user}/calendar-feed", Stage.NONE, null, Relation.OTHER_USER, Set.of(HP_MADRID));
        // patients and consents
        var enrolment = (BiFunction<String, Target, JsonStructure>) (a, t) -> J.obj("centre", t.get("centre"),
                "enrollingHp", a.equals(ASSISTANT_BERLIN) ? id(HP_BERLIN) : null,
                "identity", J.obj("givenName", "Matrix", "familyName", "Patient", "dateOfBirth", "2015-06-07",
                        "sex", "MALE", "hospitalIdentifier", "MX-" + Clinic.unique()),
                "consents", J.arr(Clinic.consent("CARE")));
        both("POST", "/api/panels", Stage.DRAFT, (a, t) -> J.obj("patient", t.get("patient"),
                "leadErn", t.get("leadErn"), "form", Clinic.completeForm("Matrix")),
                Set.of(HP_BERLIN, DISPATCHER_ERKNET), Set.of(HP_MADRID, DISPATCHER_RND), true);
        // coordinators and dispatchers act as health professionals at their centre: dispatcher.erknet is at
        // Berlin, dispatcher.rnd at Madrid
        both("POST", "/api/patients", Stage.NONE, enrolment, Set.of(HP_BERLIN, ASSISTANT_BERLIN, DISPATCHER_ERKNET),
                Set.of(HP_MADRID, DISPATCHER_RND), true);
        both("GET", "/api/patients?centre={centre}", Stage.NONE, null,
                Set.of(HP_BERLIN, ASSISTANT_BERLIN, DISPATCHER_ERKNET), Set.of(HP_MADRID, DISPATCHER_RND), true);
        both("GET", "/api/patients/{patient}", Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, true);
        var identity = (BiFunction<String, Target, JsonStructure>) (a, t) -> J.obj("givenName", "Matrix",
                "familyName", "Corrected", "dateOfBirth", "2015-06-07", "sex", "MALE",
                "hospitalIdentifier", t.get("hospitalIdentifier"));
        both("PUT", "/api/patients/{patient}/identity", Stage.SELECTION, identity,
                Set.of(HP_BERLIN, ASSISTANT_BERLIN), Set.of(HP_MADRID), true);
        both("GET", "/api/patients/{patient}/consents", Stage.SELECTION, null, Set.of(HP_BERLIN, ASSISTANT_BERLIN),
                Set.of(HP_MADRID), true);
        both("POST", "/api/patients/{patient}/consents", Stage.SELECTION, (a, t) -> Clinic.consent("RESEARCH_CONTACT"),
                Set.of(HP_BERLIN, ASSISTANT_BERLIN), Set.of(HP_MADRID), true);
        // an ERN's auditor exports the trail of a patient with a panel in that ERN (Madrid's is in RND)
        both("GET", "/api/patients/{patient}/audit-trail", Stage.SELECTION, null,
                Set.of(HP_BERLIN, ASSISTANT_BERLIN, AUDITOR_ERKNET), Set.of(HP_MADRID), true);
        both("GET", "/api/consents/{consent}", Stage.SELECTION, null, Set.of(HP_BERLIN, ASSISTANT_BERLIN),
                Set.of(HP_MADRID), true);
        both("POST", "/api/consents/{consent}/withdrawal", Stage.SELECTION, (a, t) -> J.obj("reason", "Matrix"),
                Set.of(HP_BERLIN, ASSISTANT_BERLIN), Set.of(HP_MADRID), true);
        // imaging quarantine: those who handle the patient; a UID the store never received is missing after the gate
        both("GET", "/api/patients/{patient}/quarantined-instances", Stage.SELECTION, null,
                Set.of(HP_BERLIN, ASSISTANT_BERLIN), Set.of(HP_MADRID), true);
        var release = (BiFunction<String, Target, JsonStructure>) (a, t) -> J.obj("sopInstanceUid",
                "2.25." + System.nanoTime());
        TABLE.add(new Line(endpoint("POST", "/api/patients/{patient}/quarantine-releases", Stage.SELECTION, release),
                Relation.OWN_CENTRE, Set.of(), Set.of(HP_BERLIN, ASSISTANT_BERLIN), false, Expect.MISSING));
        TABLE.add(new Line(endpoint("POST", "/api/patients/{patient}/quarantine-releases", Stage.SELECTION, release),
                Relation.OTHER_CENTRE, Set.of(), Set.of(HP_MADRID), false, Expect.MISSING));
        // panels
        both("GET", "/api/panels/{panel}", Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        both("DELETE", "/api/panels/{panel}", Stage.DRAFT, null, Set.of(HP_BERLIN), Set.of(HP_MADRID), false);
        both("PUT", "/api/panels/{panel}/form", Stage.DRAFT, (a, t) -> Clinic.completeForm("Matrix edit"),
                Set.of(HP_BERLIN, ASSISTANT_BERLIN), Set.of(HP_MADRID), false);
        // the copier leads the copy: a handler who is no health professional (the assistant) may not
        both("POST", "/api/panels/{panel}/copies", Stage.SELECTION, null, Set.of(HP_BERLIN), Set.of(HP_MADRID), false);
        both("POST", "/api/panels/{panel}/submission", Stage.DRAFT, null, Set.of(HP_BERLIN), Set.of(HP_MADRID), false);
        both("POST", "/api/panels/{panel}/assessment", Stage.SELECTION, null,
                Set.of(HP_BERLIN, COORDINATOR_ERKNET, DISPATCHER_ERKNET), Set.of(HP_MADRID, COORDINATOR_RND,
                        DISPATCHER_RND), false);
        both("POST", "/api/panels/{panel}/sign-off", Stage.ASSESSMENT, null, Set.of(HP_BERLIN), Set.of(HP_MADRID),
                false);
        var reason = (BiFunction<String, Target, JsonStructure>) (a, t) -> J.obj("reason", "Matrix reason");
        both("POST", "/api/panels/{panel}/return-to-assessment", Stage.SIGN_OFF, reason, Set.of(HP_BERLIN),
                Set.of(HP_MADRID), false);
        both("POST", "/api/panels/{panel}/return-to-panel-selection", Stage.ASSESSMENT, reason, Set.of(HP_BERLIN),
                Set.of(HP_MADRID), false);
        both("POST", "/api/panels/{panel}/closure", Stage.SIGN_OFF_FINAL, null, Set.of(HP_BERLIN), Set.of(HP_MADRID),
                false);
        both("POST", "/api/panels/{panel}/archival", Stage.CLOSED, null, Set.of(HP_BERLIN, COORDINATOR_ERKNET),
                Set.of(HP_MADRID, COORDINATOR_RND), false);
        both("POST", "/api/panels/{panel}/abortion", Stage.SELECTION, reason, Set.of(HP_BERLIN, COORDINATOR_ERKNET),
                Set.of(HP_MADRID, COORDINATOR_RND), false);
        both("POST", "/api/panels/{panel}/forwarding", Stage.SELECTION,
                (a, t) -> J.obj("ern", "ITHACA", "reason", "Matrix"), Set.of(COORDINATOR_ERKNET),
                Set.of(COORDINATOR_RND), false);
        both("POST", "/api/panels/{panel}/handover", Stage.SELECTION, (a, t) -> J.obj("newLead", t.get("member")),
                Set.of(HP_BERLIN), Set.of(HP_MADRID), false);
        both("POST", "/api/panels/{panel}/deadline", Stage.SELECTION,
                (a, t) -> J.obj("deadline", Instant.now().plus(20, ChronoUnit.DAYS).toString()), Set.of(HP_BERLIN),
                Set.of(HP_MADRID), false);
        both("POST", "/api/panels/{panel}/invitations", Stage.SELECTION, (a, t) -> J.obj("invitee", t.get("invitee")),
                Set.of(HP_BERLIN, COORDINATOR_ERKNET, DISPATCHER_ERKNET, PANEL_MANAGER_ERKNET),
                Set.of(HP_MADRID, COORDINATOR_RND, DISPATCHER_RND), false);
        both("GET", "/api/panels/{panel}/invitable-experts", Stage.SELECTION, null,
                Set.of(HP_BERLIN, COORDINATOR_ERKNET, DISPATCHER_ERKNET, PANEL_MANAGER_ERKNET),
                Set.of(HP_MADRID, COORDINATOR_RND, DISPATCHER_RND), false);
        TABLE.add(new Line(endpoint("POST", "/api/panels/{panel}/invitation/acceptance", Stage.SELECTION, null),
                Relation.OWN_PANEL, Set.of(HP_MILANO), OWN_MEMBERS, false));
        TABLE.add(new Line(endpoint("POST", "/api/panels/{panel}/invitation/acceptance", Stage.SELECTION, null),
                Relation.OTHER_PANEL, Set.of(), Set.of(HP_MILANO), false));
        TABLE.add(new Line(endpoint("POST", "/api/panels/{panel}/invitation/decline", Stage.SELECTION, null),
                Relation.OWN_PANEL, Set.of(HP_MILANO), OWN_MEMBERS, false));
        TABLE.add(new Line(endpoint("POST", "/api/panels/{panel}/invitation/decline", Stage.SELECTION, null),
                Relation.OTHER_PANEL, Set.of(), Set.of(HP_MILANO), false));
        var text = (BiFunction<String, Target, JsonStructure>) (a, t) -> J.obj("text", "Matrix text by " + a);
        both("GET", "/api/panels/{panel}/timeline", Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        both("POST", "/api/panels/{panel}/timeline", Stage.SELECTION, text, OWN_PARTICIPANTS, OTHER_PARTICIPANTS,
                false);
        both("POST", "/api/panels/{panel}/data-requests", Stage.ASSESSMENT, text, OWN_MEMBERS, Set.of(HP_MILANO),
                false);
        both("GET", "/api/panels/{panel}/data-requests/{request}", Stage.ASSESSMENT, null, OWN_VIEWERS, OTHER_VIEWERS,
                false);
        both("POST", "/api/panels/{panel}/data-requests/{request}/answer", Stage.ASSESSMENT, text,
                Set.of(HP_BERLIN, ASSISTANT_BERLIN), Set.of(HP_MADRID), false);
        both("POST", "/api/panels/{panel}/contributions", Stage.ASSESSMENT, text, OWN_PARTICIPANTS,
                OTHER_PARTICIPANTS, false);
        TABLE.add(new Line(endpoint("POST", "/api/panels/{panel}/contributions/{author}/comments", Stage.ASSESSMENT,
                text), Relation.OWN_PANEL, Set.of(HP_BERLIN, HP_NIJMEGEN, GUEST_VIENNA), Set.of(HP_PARIS), false));
        TABLE.add(new Line(endpoint("POST", "/api/panels/{panel}/contributions/{author}/comments", Stage.ASSESSMENT,
                text), Relation.OTHER_PANEL, Set.of(HP_MADRID), Set.of(HP_MILANO), false));
        both("GET", "/api/panels/{panel}/contributions/{author}/comments", Stage.ASSESSMENT, null, OWN_VIEWERS,
                OTHER_VIEWERS, false);
        var meeting = (BiFunction<String, Target, JsonStructure>) (a, t) -> J.obj("start",
                Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "durationMinutes", 30, "attendees", J.arr(t.get("lead")), "videoLink", "https://video.example.org/m");
        both("POST", "/api/panels/{panel}/meetings", Stage.ASSESSMENT, meeting,
                Set.of(HP_BERLIN, PANEL_MANAGER_ERKNET), Set.of(HP_MADRID), false);
        both("GET", "/api/panels/{panel}/meetings/{meeting}", Stage.ASSESSMENT, null, OWN_VIEWERS, OTHER_VIEWERS,
                false);
        both("PUT", "/api/panels/{panel}/meetings/{meeting}", Stage.ASSESSMENT, (a, t) -> J.obj("start",
                        Instant.now().plus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                        "durationMinutes", 60), Set.of(HP_BERLIN, PANEL_MANAGER_ERKNET), Set.of(HP_MADRID), false);
        both("DELETE", "/api/panels/{panel}/meetings/{meeting}", Stage.ASSESSMENT, null,
                Set.of(HP_BERLIN, PANEL_MANAGER_ERKNET), Set.of(HP_MADRID), false);
        TABLE.add(new Line(endpoint("POST", "/api/panels/{panel}/meetings/{meeting}/recording", Stage.ASSESSMENT,
                (a, t) -> J.obj("storageKey", "rec-" + Clinic.unique())), Relation.OWN_PANEL, Set.of(),
                Set.of(HP_BERLIN, PANEL_MANAGER_ERKNET), false));
        TABLE.add(new Line(endpoint("POST", "/api/panels/{panel}/meetings/{meeting}/recording", Stage.ASSESSMENT,
                (a, t) -> J.obj("storageKey", "rec-" + Clinic.unique())), Relation.OTHER_PANEL, Set.of(),
                Set.of(HP_MADRID), false));
        both("PUT", "/api/panels/{panel}/outcome", Stage.SIGN_OFF,
                (a, t) -> J.obj("conclusion", "Matrix conclusion"), Set.of(HP_BERLIN), Set.of(HP_MADRID), false);
        both("POST", "/api/panels/{panel}/outcome/reviews", Stage.SIGN_OFF, (a, t) -> J.obj("agreement", "AGREE"),
                OWN_MEMBERS, Set.of(HP_MILANO), false);
        both("POST", "/api/panels/{panel}/outcome/finalisation", Stage.SIGN_OFF, null, Set.of(HP_BERLIN),
                Set.of(HP_MADRID), false);
        // the printed documents (PDF): whoever sees the panel
        both("GET", "/api/panels/{panel}/outcome", Stage.SIGN_OFF_FINAL, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        both("GET", "/api/panels/{panel}/form", Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        both("POST", "/api/panels/{panel}/usefulness", Stage.CLOSED, (a, t) -> J.obj("rating", 3), Set.of(HP_BERLIN),
                Set.of(HP_MADRID), false);
        both("GET", "/api/panels/{panel}/chat", Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        both("POST", "/api/panels/{panel}/chat", Stage.SELECTION, text, OWN_PARTICIPANTS, OTHER_PARTICIPANTS, false);
        both("GET", "/api/panels/{panel}/chat/{message}", Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        both("GET", "/api/panels/{panel}/chat/stream", Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        both("GET", "/api/panels/{panel}/studies", Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        TABLE.add(new Line(endpoint("POST", "/api/panels/{panel}/studies", Stage.SELECTION,
                (a, t) -> J.obj("studyInstanceUid", "1.2.826.0.1.3680043.10.999." + System.nanoTime(),
                        "title", "Matrix study")), Relation.OWN_PANEL, Set.of(),
                Set.of(HP_BERLIN, ASSISTANT_BERLIN), false, Expect.MISSING));
        TABLE.add(new Line(endpoint("POST", "/api/panels/{panel}/studies", Stage.SELECTION,
                (a, t) -> J.obj("studyInstanceUid", "1.2.826.0.1.3680043.10.999." + System.nanoTime(),
                        "title", "Matrix study")), Relation.OTHER_PANEL, Set.of(), Set.of(HP_MADRID), false,
                Expect.MISSING));
        FhirMatrixLines.addTo();
    }

    static void open(String method, String path) {
        TABLE.add(new Line(endpoint(method, path, Stage.NONE, null), Relation.NONE, Set.of(), Set.of(), true));
    }

    static void line(String method, String path, Stage stage, BiFunction<String, Target, JsonStructure> body,
                     Relation relation, Set<String> ok) {
        line(method, path, stage, body, relation, ok, Set.of());
    }

    private static void line(String method, String path, Stage stage, BiFunction<String, Target, JsonStructure> body,
                             Relation relation, Set<String> ok, Set<String> rule) {
        TABLE.add(new Line(endpoint(method, path, stage, body), relation, ok, rule, false));
    }

    /** The same endpoint against Berlin's target (own) and Madrid's (other). */
    static void both(String method, String path, Stage stage, BiFunction<String, Target, JsonStructure> body,
                     Set<String> ownOk, Set<String> otherOk, boolean centre) {
        var endpoint = endpoint(method, path, stage, body);
        TABLE.add(new Line(endpoint, centre ? Relation.OWN_CENTRE : Relation.OWN_PANEL, ownOk, Set.of(), false));
        TABLE.add(new Line(endpoint, centre ? Relation.OTHER_CENTRE : Relation.OTHER_PANEL, otherOk, Set.of(), false));
    }

    static Endpoint endpoint(String method, String path, Stage stage,
                             BiFunction<String, Target, JsonStructure> body) {
        return new Endpoint(method, path, stage, body);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** The table expanded: every line × every training account, the newcomer included, and an anonymous caller. */
    static List<Row> rows() {
        var rows = new ArrayList<Row>();
        var callers = new ArrayList<>(Accounts.ALL);
        callers.add(ANONYMOUS);
        for (var line : TABLE) {
            for (var caller : callers) {
                Expect expected;
                if (line.isPublic()) {
                    expected = Expect.OK;
                } else if (caller.equals(ANONYMOUS)) {
                    expected = Expect.DENIED;
                } else if (line.ok().contains(caller)) {
                    expected = Expect.OK;
                } else if (line.rule().contains(caller)) {
                    expected = line.ruleClass();
                } else {
                    expected = Expect.DENIED;
                }
                rows.add(new Row(line, caller, expected));
            }
        }
        // a caller who succeeds changes the target: those expected to be refused go first, on the shared target
        rows.sort((x, y) -> Boolean.compare(x.expected() == Expect.OK, y.expected() == Expect.OK));
        return rows;
    }

    // --------------------------------------------------------------------------------------------- running it

    private final Map<Line, Target> shared = new HashMap<>();
    private final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicInteger oracleChecks = new java.util.concurrent.atomic.AtomicInteger();
    /** Rows run in this instance, so that the summary below cannot pass on rows it never saw (as when failsafe runs a
     *  failed summary again on its own). */
    private final java.util.concurrent.atomic.AtomicInteger rowsRun = new java.util.concurrent.atomic.AtomicInteger();

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_every_role_as_the_table_says() {
        var rows = rows();
        var tests = new ArrayList<DynamicTest>();
        for (var row : rows) {
            tests.add(DynamicTest.dynamicTest(row.toString(), () -> check(row)));
        }
        tests.add(DynamicTest.dynamicTest("an outsider cannot tell a real patient, panel or consent from an unknown id",
                () -> assertThat(oracleChecks).as("rows compared with an unknown id").hasValueGreaterThan(300)));
        tests.add(DynamicTest.dynamicTest("every replacing write without If-Match is refused with 428",
                this::every_replacing_write_without_if_match_is_refused_with_428));
        tests.add(DynamicTest.dynamicTest("an ERN's auditor reads the trail of that ERN's patients only",
                this::an_erns_auditor_reads_the_trail_of_that_erns_patients_only));
        tests.add(DynamicTest.dynamicTest("an ERN's researcher exports that ERN's records only, k-anonymously",
                this::an_erns_researcher_exports_that_erns_records_only_k_anonymously));
        tests.add(DynamicTest.dynamicTest("every call answered as the table expects", () -> {
            assertThat(rowsRun).as("rows run before this summary").hasValue(rows.size());
            assertThat(mismatches).as("%d of %d rows answered otherwise than the table says:%n%s",
                        mismatches.size(), rows.size(), String.join("\n", mismatches)).isEmpty();
        }));
        tests.add(DynamicTest.dynamicTest("the table covers every resource method of the API",
                () -> {
                    assertThat(rows.size()).isGreaterThan(1500);
                    var covered = new java.util.TreeSet<String>();
                    TABLE.forEach(l -> covered.add(l.endpoint().method() + " "
                            + ResourceMethods.normalise(l.endpoint().template())));
                    assertThat(covered).as("endpoints in the table").containsAll(ResourceMethods.all());
                }));
        return tests.stream();
    }

    private void check(Row row) {
        rowsRun.incrementAndGet();
        var line = row.line();
        Target target;
        var template = line.endpoint().template();
        if (row.expected() == Expect.OK && !line.isPublic() && !line.endpoint().method().equals("GET")) {
            target = Target.build(line.endpoint().stage(), line.relation(), row.actor(), template);
        } else {
            target = shared.computeIfAbsent(line,
                    l -> Target.build(l.endpoint().stage(), l.relation(), row.actor(), template));
        }
        var path = target.expand(line.endpoint().template(), row.actor());
        var body = line.endpoint().body() == null ? null : line.endpoint().body().apply(row.actor(), target.forActor(row.actor()));
        var headers = conditions(line.endpoint().method());
        var token = row.actor().equals(ANONYMOUS) ? null : Accounts.token(row.actor());
        var payload = body == null ? null : body.toString();
        if (template.equals(CSV_IMPORT)) {
            headers.put("Content-Type", "text/csv");
            payload = "name,country,ern,membership\nMatrix import " + Clinic.unique() + ",DE,ERKNET,FULL_MEMBER\n";
        }
        var reply = Api.send(line.endpoint().method(), path, token, payload, headers);
        var status = reply.status();
        if (status / 100 == 2) {
            assertThat(row.expected()).as("%s %s as %s [%s] answered %s", line.endpoint().method(), path, row.actor(),
                    line.relation(), reply).isEqualTo(Expect.OK);
        }
        if (row.actor().equals(ANONYMOUS) && !line.isPublic() && status != 401) {
            mismatches.add(row + ": " + status + " " + brief(reply));
        } else if (!row.expected().accepts(status)) {
            mismatches.add(row + ": " + status + " " + brief(reply));
        }
        assertThat(status).as("%s: %s", row, reply).isLessThan(500);
        if (isOutsider(row)) {
            compareWithUnknownId(row, target, body, reply);
        }
    }

    /**
     * The preconditions the table's requests carry: a replacing write (PUT) must send If-Match, and the table sends
     * {@code *} (replace whatever version is there): who may do what does not depend on the version.
     */
    private static Map<String, String> conditions(String method) {
        var headers = new LinkedHashMap<String, String>();
        if (method.equals("PUT") || method.equals("PATCH")) {
            headers.put("If-Match", "*");
        }
        return headers;
    }

    /** No blind overwrite: every replacing write of the table, sent without If-Match, is a 428 for anyone. */
    void every_replacing_write_without_if_match_is_refused_with_428() {
        var checked = 0;
        for (var line : TABLE) {
            var method = line.endpoint().method();
            if (!method.equals("PUT") && !method.equals("PATCH") || line.endpoint().template().startsWith("/fhir")) {
                // a FHIR update follows FHIR's versioning: If-Match is optional there (a stale one is a 412)
                continue;
            }
            var target = shared.computeIfAbsent(line, l -> Target.build(l.endpoint().stage(), l.relation(), HP_BERLIN,
                    l.endpoint().template()));
            for (var caller : List.of(HP_BERLIN, HP_MADRID)) {
                var body = line.endpoint().body() == null ? null
                        : line.endpoint().body().apply(caller, target.forActor(caller)).toString();
                var reply = Api.send(method, target.expand(line.endpoint().template(), caller), Accounts.token(caller),
                        body, Map.of());
                assertThat(reply.status()).as("%s [%s] as %s: %s", line.endpoint(), line.relation(), caller, reply)
                        .isEqualTo(428);
                assertThat(reply.json().getString("type"))
                        .isEqualTo("https://opencpms.org/problems/http.if-match-required");
                checked++;
            }
        }
        assertThat(checked).as("replacing writes checked").isGreaterThanOrEqualTo(14);
    }

    /** Scopes that match the grant: auditor.erknet reads entries of ERKNet panels' patients, none of RND's. */
    void an_erns_auditor_reads_the_trail_of_that_erns_patients_only() {
        var own = Target.build(Stage.SELECTION, Relation.OWN_PANEL, HP_BERLIN, "{panel}").get("patient");
        var other = Target.build(Stage.SELECTION, Relation.OTHER_PANEL, HP_MADRID, "{panel}").get("patient");
        var patients = new java.util.HashSet<String>();
        var reply = Api.get("/api/audit-trail?limit=500", Accounts.token(AUDITOR_ERKNET));
        while (true) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            reply.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)
                    .forEach(entry -> patients.add(entry.isNull("patient") ? null : entry.getString("patient")));
            if (!reply.json().containsKey("next") || reply.json().isNull("next")) {
                break;
            }
            reply = Api.get("/api/audit-trail?limit=500&offset=" + reply.json().getString("next"),
                    Accounts.token(AUDITOR_ERKNET));
        }
        assertThat(patients).contains(own).doesNotContain(other, null);
        var filtered = Api.get("/api/audit-trail?limit=500&patient=" + other, Accounts.token(AUDITOR_ERKNET));
        assertThat(filtered.status()).as(filtered.toString()).isEqualTo(200);
        assertThat(filtered.json().getJsonArray("items")).as("another ERN's patient, asked for by id").isEmpty();
    }

    /** researcher.erknet's export holds ERKNet's records only, and says how it was made k-anonymous. */
    void an_erns_researcher_exports_that_erns_records_only_k_anonymously() {
        var reply = Api.get("/api/research/data-set", Accounts.token(RESEARCHER_ERKNET));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        var json = reply.json();
        assertThat(json.getInt("k")).isEqualTo(5);
        assertThat(json.getInt("generalised")).isGreaterThanOrEqualTo(0);
        assertThat(json.getInt("suppressed")).isGreaterThanOrEqualTo(0);
        var combinations = new HashMap<String, Integer>();
        for (var record : json.getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)) {
            assertThat(record.getJsonArray("erns").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString).isSubsetOf("ERKNET");
            var withoutCount = Json.createObjectBuilder(record).remove("closedPanels").remove("generalisation").build()
                    .toString();
            combinations.merge(withoutCount, 1, Integer::sum);
        }
        assertThat(combinations.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(5));
    }

    /**
     * Who may see the patient, panel or consent a line's target is: a panel's viewers once it left the draft (members
     * and the pending invitee included), a draft's, or for a patient and their consents those of the patient's panel.
     */
    static Set<String> viewers(Line line) {
        var own = line.relation() == Relation.OWN_CENTRE || line.relation() == Relation.OWN_PANEL;
        if (line.endpoint().stage() == Stage.DRAFT) {
            return own ? OWN_DRAFT_VIEWERS : OTHER_DRAFT_VIEWERS;
        }
        return own ? OWN_VIEWERS : OTHER_VIEWERS;
    }

    /** The variable of the patient, panel or consent the line's path is addressed to, if any. */
    private static java.util.Optional<String> addressed(Line line) {
        return ADDRESSED.entrySet().stream().filter(e -> line.endpoint().template().startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    /** A caller (not anonymous) who may not see what the row's path is addressed to, and is refused. */
    private static boolean isOutsider(Row row) {
        var line = row.line();
        return row.expected() == Expect.DENIED && !row.actor().equals(ANONYMOUS) && addressed(line).isPresent()
                && line.relation() != Relation.SELF && line.relation() != Relation.OTHER_USER
                && line.endpoint().stage() != Stage.NONE && !viewers(line).contains(row.actor());
    }

    /**
     * The same request with an unknown id (in its path and body) must be answered exactly alike (but for the id); 404
     * if registered.
     */
    private void compareWithUnknownId(Row row, Target target, JsonStructure body, Api.Reply real) {
        var line = row.line();
        var variable = addressed(line).orElseThrow();
        var realId = target.forActor(row.actor()).get(variable);
        var unknownId = java.util.UUID.randomUUID().toString();
        var path = target.expand(line.endpoint().template(), row.actor()).replace(realId, unknownId);
        // the body too: a FHIR update names its resource's id in the body as in the URL
        var unknown = Api.send(line.endpoint().method(), path, Accounts.token(row.actor()),
                body == null ? null : body.toString().replace(realId, unknownId), conditions(line.endpoint().method()));
        oracleChecks.incrementAndGet();
        var registered = !row.actor().equals(Accounts.NEWCOMER) && !row.actor().equals(Accounts.APPLICANT_MADRID);
        if (registered && real.status() != 404 || real.status() != unknown.status()
                || !shape(real, realId).equals(shape(unknown, unknownId))) {
            mismatches.add(row + " tells a real id from an unknown one: " + real.status() + " " + brief(real)
                    + " | unknown id: " + unknown.status() + " " + brief(unknown));
        }
    }

    /** What a problem body (or a FHIR OperationOutcome) says, but for the id, the request path and the correlation id. */
    private static String shape(Api.Reply reply, String id) {
        try {
            var json = reply.json();
            if (json.containsKey("resourceType")) {
                return json.getString("resourceType") + "|" + String.valueOf(json.get("issue")).replace(id, "{id}")
                        + "|" + reply.headers().getOrDefault("content-type", "");
            }
            return String.join("|", json.getString("type", ""), json.getString("title", ""),
                    String.valueOf(json.getInt("status", 0)), json.getString("code", ""),
                    json.getString("detail", "").replace(id, "{id}"), String.valueOf(json.get("errors")),
                    reply.headers().getOrDefault("content-type", ""));
        } catch (RuntimeException notJson) {
            return reply.body().replace(id, "{id}");
        }
    }

    private static String brief(Api.Reply reply) {
        try {
            return reply.json().getString("code", "") + " " + reply.json().getString("detail", "");
        } catch (RuntimeException notJson) {
            return reply.body().length() > 120 ? reply.body().substring(0, 120) : reply.body();
        }
    }

    // --------------------------------------------------------------------------------------------- targets

    /** The ids a path template needs, built for one line (and, for a caller expected to succeed, for them). */
    static final class Target {

        private final Map<String, String> values = new HashMap<>();
        private String userName;

        String get(String key) {
            return values.get(key);
        }

        String userName() {
            return userName;
        }

        String userCountry() {
            var reply = Api.get("/api/users/" + id(userName), Accounts.token(userName));
            return reply.status() == 200 ? reply.json().getString("country") : "DE";
        }

        /** The target as the caller's SELF relation sees it. */
        Target forActor(String actor) {
            if (values.containsKey("self") && !actor.equals(ANONYMOUS)) {
                var copy = new Target();
                copy.values.putAll(values);
                copy.userName = actor;
                copy.values.put("user", id(actor));
                return copy;
            }
            return this;
        }

        String expand(String template, String actor) {
            var target = forActor(actor);
            var path = template;
            for (var entry : target.values.entrySet()) {
                path = path.replace("{" + entry.getKey() + "}", entry.getValue());
            }
            if (path.contains("{")) {
                throw new IllegalStateException("no value for " + path);
            }
            return path;
        }

        static Target build(Stage stage, Relation relation, String actor, String template) {
            var target = new Target();
            var own = relation != Relation.OTHER_CENTRE && relation != Relation.OTHER_PANEL;
            target.values.put("centre", Accounts.centre(own ? HP_BERLIN : HP_MADRID));
            target.values.put("ern", "ERKNET");
            target.values.put("kind", "INVITATION");
            switch (relation) {
                case SELF -> {
                    target.values.put("self", "true");
                    target.userName = actor.equals(ANONYMOUS) ? HP_MADRID : actor;
                    target.values.put("user", id(target.userName));
                }
                case OTHER_USER -> {
                    target.userName = HP_MADRID;
                    target.values.put("user", id(HP_MADRID));
                }
                default -> {
                }
            }
            if (template.contains("{provider}")) {
                target.values.put("provider", provider());
            }
            if (template.contains("{secret}")) {
                var issued = Api.post("/api/users/" + id(HP_PARIS) + "/calendar-feed", Accounts.token(HP_PARIS), null);
                assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
                var url = issued.json().getString("url");
                target.values.put("secret", url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length()));
            }
            if (template.contains("{accessRequest}")) {
                target.values.put("accessRequest", accessRequest());
            }
            if (stage != Stage.NONE) {
                if (relation == Relation.OTHER_USER || relation == Relation.SELF) {
                    // a throwaway draft whose guest grant the line gives or takes back
                    var patient = Clinic.enrolAtBerlin();
                    var draft = Clinic.open(HP_BERLIN, patient.id(), "ERKNET", null);
                    target.values.put("panel", draft.id());
                    var granted = Api.post("/api/users/" + id(HP_MADRID) + "/grants", Accounts.token(HP_BERLIN),
                            J.obj("role", "GUEST_EXPERT", "panel", draft.id()));
                    assertThat(granted.status()).as(granted.toString()).isEqualTo(204);
                } else {
                    panel(target, stage, own);
                }
            }
            if (template.contains("{notification}")) {
                target.values.put("notification", PanelWorkflowIT.awaitNotification(HP_PARIS, "INVITATION",
                        target.get("panel")).getString("id"));
            }
            if (template.contains("{message}")) {
                var lead = own ? HP_BERLIN : HP_MADRID;
                var posted = Api.post("/api/panels/" + target.get("panel") + "/chat", Accounts.token(lead),
                        J.obj("text", "Matrix chat message"));
                assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
                target.values.put("message", posted.json().getString("id"));
            }
            return target;
        }

        private static String provider() {
            var reply = Api.post("/api/providers", Accounts.token(OPERATOR),
                    J.obj("name", "Matrix target " + Clinic.unique(), "country", "FR"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            return reply.json().getString("id");
        }

        private static String accessRequest() {
            var subject = "matrix-" + Clinic.unique();
            var token = TestIdentityProvider.get().token(subject, "Matrix Applicant");
            var reply = Api.post("/api/access-requests", token, J.obj("ern", "ITHACA",
                    "centre", Accounts.centre(HP_NIJMEGEN), "roles", J.arr("HEALTH_PROFESSIONAL"),
                    "motivation", "Matrix", "country", "NL", "email", subject + "@example.invalid"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            return reply.json().getString("id");
        }

        /** A panel in {@code stage}: Berlin's (own) or Madrid's (other), with its patient's and items' ids. */
        private static void panel(Target target, Stage stage, boolean own) {
            var lead = own ? HP_BERLIN : HP_MADRID;
            var run = Clinic.unique();
            var patient = Clinic.enrol(lead, lead, "Matrix" + run, "Target" + run, LocalDate.of(2014, 3, 9),
                    "MT-" + run);
            target.values.put("patient", patient.id());
            target.values.put("hospitalIdentifier", patient.hospitalIdentifier());
            var consents = Api.get("/api/patients/" + patient.id() + "/consents", Accounts.token(lead));
            target.values.put("consent", consents.json().getJsonArray("items").getJsonObject(0).getString("id"));
            target.values.put("lead", id(lead));
            target.values.put("leadErn", own ? "ERKNET" : "RND");
            target.values.put("member", id(own ? HP_PARIS : HP_MILANO));
            target.values.put("invitee", id(own ? HP_MADRID : HP_BERLIN));
            target.values.put("author", id(own ? HP_PARIS : HP_MILANO));
            PanelRef panel = Clinic.open(lead, patient.id(), own ? "ERKNET" : "RND",
                    stage == Stage.DRAFT ? Clinic.completeForm("Matrix") : Clinic.completeForm("Matrix target"));
            target.values.put("panel", panel.id());
            if (stage == Stage.DRAFT) {
                return;
            }
            panel.change(lead, "POST", "/submission", null);
            if (own) {
                join(panel, lead, HP_PARIS, HP_NIJMEGEN);
                var grant = Api.post("/api/users/" + id(GUEST_VIENNA) + "/grants", Accounts.token(COORDINATOR_ERKNET),
                        J.obj("role", "GUEST_EXPERT", "panel", panel.id()));
                assertThat(grant.status()).as(grant.toString()).isEqualTo(204);
                join(panel, lead, GUEST_VIENNA);
                panel.change(lead, "POST", "/invitations", J.obj("invitee", id(HP_MILANO)));
            } else {
                join(panel, lead, HP_MILANO);
            }
            if (stage == Stage.SELECTION) {
                return;
            }
            var member = own ? HP_PARIS : HP_MILANO;
            panel.change(lead, "POST", "/assessment", null);
            panel.change(member, "POST", "/contributions", J.obj("text", "Matrix contribution"));
            var requested = panel.change(member, "POST", "/data-requests", J.obj("text", "Matrix request"), 201);
            target.values.put("request",
                    requested.json().getJsonArray("dataRequests").getJsonObject(0).getString("id"));
            var meeting = panel.change(lead, "POST", "/meetings", J.obj("start",
                    Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                    "durationMinutes", 30, "attendees", J.arr(id(lead)), "videoLink", "https://video.example.org/t"),
                    201);
            target.values.put("meeting", meeting.json().getJsonArray("meetings").getJsonObject(0).getString("id"));
            if (stage == Stage.ASSESSMENT) {
                return;
            }
            panel.change(lead, "POST", "/contributions", J.obj("text", "Lead's contribution"));
            panel.change(lead, "POST", "/sign-off", null);
            panel.change(lead, "PUT", "/outcome", J.obj("conclusion", "Matrix outcome"));
            if (stage == Stage.SIGN_OFF) {
                return;
            }
            panel.change(lead, "POST", "/outcome/finalisation", null);
            if (stage == Stage.SIGN_OFF_FINAL) {
                return;
            }
            panel.change(lead, "POST", "/closure", null);
        }

        private static void join(PanelRef panel, String lead, String... experts) {
            for (var expert : experts) {
                panel.change(lead, "POST", "/invitations", J.obj("invitee", id(expert)));
                panel.change(expert, "POST", "/invitation/acceptance", null);
            }
        }
    }
}
