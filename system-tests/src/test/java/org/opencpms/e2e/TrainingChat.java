package org.opencpms.e2e;

import jakarta.json.JsonObject;

/** The chat of the training data set, for tests and benchmarks on a server in training mode. */
public final class TrainingChat {

    private TrainingChat() {
    }

    /**
     * A panel in assessment that hp.berlin leads and hp.paris sees (the training data has one), found through the
     * API: {@code berlin} and {@code paris} are their tokens for {@code api}.
     */
    public static String panelOfBerlinAndParis(Api.At api, String berlin, String paris) {
        var berlinId = api.get("/api/me", berlin).json().getString("userId");
        for (var summary : api.get("/api/panels?limit=100", paris).json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (summary.getString("state").equals("ASSESSMENT")) {
                var panel = api.get("/api/panels/" + summary.getString("id"), berlin);
                if (panel.status() == 200 && panel.json().getString("lead").equals(berlinId)) {
                    return summary.getString("id");
                }
            }
        }
        throw new AssertionError("the training data has no panel in assessment led by hp.berlin with hp.paris in it");
    }

    /** The newest position of a panel's chat, 0 when it is empty. */
    public static long newestPosition(Api.At api, String panel, String token) {
        var items = api.get("/api/panels/" + panel + "/chat?limit=1", token).json().getJsonArray("items");
        return items.isEmpty() ? 0 : items.getJsonObject(0).getJsonNumber("position").longValue();
    }
}
