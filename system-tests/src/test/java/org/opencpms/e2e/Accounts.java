package org.opencpms.e2e;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The training accounts (see TrainingDataSet) as the tests use them: a token, the user id and the centre of each,
 * read once from {@code POST /api/training/tokens} and {@code GET /api/me}.
 */
public final class Accounts {

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
    /** The platform operator (named in configuration in training mode): reference data, coordinators, no patient. */
    public static final String OPERATOR = "operator";

    /** Every training account. */
    public static final List<String> ALL = List.of(COORDINATOR_ERKNET, COORDINATOR_RND, COORDINATOR_ITHACA,
            DISPATCHER_ERKNET, DISPATCHER_RND, DISPATCHER_ITHACA, HP_BERLIN, HP_PARIS, HP_MILANO, HP_NIJMEGEN,
            HP_MADRID, ASSISTANT_BERLIN, PANEL_MANAGER_ERKNET, RESEARCHER_ERKNET, AUDITOR_ERKNET, GUEST_VIENNA,
            NEWCOMER, APPLICANT_MADRID, OPERATOR);

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, JsonObject> ME = new ConcurrentHashMap<>();

    private Accounts() {
    }

    /**
     * Forgets the tokens: the training issuer's signing key belongs to one deployment, and Arquillian deploys the
     * EAR afresh for every test class. Call it before each class (user ids stay: the database persists).
     */
    public static void forgetTokens() {
        TOKENS.clear();
    }

    public static String token(String username) {
        return TOKENS.computeIfAbsent(username, Api::trainingToken);
    }

    /** {@code GET /api/me} of the account. */
    public static JsonObject me(String username) {
        return ME.computeIfAbsent(username, u -> {
            var reply = Api.get("/api/me", token(u));
            if (reply.status() != 200) {
                throw new IllegalStateException("GET /api/me as " + u + ": " + reply);
            }
            return reply.json();
        });
    }

    public static String id(String username) {
        return me(username).getString("userId");
    }

    /** The centre of the account's first grant that names one. */
    public static String centre(String username) {
        return me(username).getJsonArray("grants").stream().map(JsonObject.class::cast)
                .filter(g -> g.containsKey("centre") && !g.isNull("centre")).map(g -> g.getString("centre"))
                .findFirst().orElseThrow(() -> new IllegalStateException(username + " has no centre"));
    }

    /**
     * The test provider's user {@code login} ({@link TestIdentityProvider}) registered with the role at the centre in
     * the ERN: an access request, accepted by the ERN's coordinator; their user id. A user already registered gets
     * the role added.
     */
    public static String registeredAtProvider(String login, String ern, String centre, String role, String coordinator) {
        var token = TestIdentityProvider.get().token(login, "Dr " + login);
        var request = Api.post("/api/access-requests", token, J.obj("ern", ern, "centre", centre, "roles",
                J.arr(role), "motivation", "End-to-end test", "country", "DE", "email", login + "@example.invalid"));
        if (request.status() != 201) {
            throw new IllegalStateException("access request of " + login + ": " + request);
        }
        var accepted = Api.post("/api/access-requests/" + request.json().getString("id") + "/acceptance",
                token(coordinator), null);
        if (accepted.status() != 204) {
            throw new IllegalStateException("acceptance of " + login + ": " + accepted);
        }
        return Api.get("/api/me", token).json().getString("userId");
    }

    /** The panel of the account's guest expert grant in the training data set, if any. */
    public static String guestPanel(String username) {
        return me(username).getJsonArray("grants").stream().map(JsonObject.class::cast)
                .filter(g -> "GUEST_EXPERT".equals(g.getString("role")) && g.containsKey("panel"))
                .map(g -> g.getString("panel")).findFirst().orElse(null);
    }
}
