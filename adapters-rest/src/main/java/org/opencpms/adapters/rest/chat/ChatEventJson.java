package org.opencpms.adapters.rest.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.util.concurrent.atomic.AtomicReference;
import org.opencpms.adapters.rest.http.SharedJsonb;
import org.opencpms.domain.chat.ChatEntry;

/**
 * The data of a chat message's Server-Sent Event ({@link ChatMessageJson}, by the application's one JSON-B), written
 * once per message rather than once per connection: the feed hands a new message to every follower of its panel at
 * about the same time, so the JSON of the last message written is kept and reused while that message is asked for.
 * Thread-safe; a miss (two panels' messages interleaved) only writes the JSON again.
 */
@ApplicationScoped
public class ChatEventJson {

    private record Written(ChatEntry entry, String json) {
    }

    private final Jsonb jsonb;
    private final AtomicReference<Written> last = new AtomicReference<>();

    @Inject
    public ChatEventJson(SharedJsonb jsonb) {
        this.jsonb = jsonb.getContext(ChatMessageJson.class);
    }

    /** The JSON of this message. */
    public String of(ChatEntry entry) {
        var written = last.get();
        if (written != null && written.entry().equals(entry)) {
            return written.json();
        }
        var json = jsonb.toJson(ChatMessageJson.of(entry));
        last.set(new Written(entry, json));
        return json;
    }
}
