package org.opencpms.adapters.persistence.outbox;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.net.URI;
import java.util.UUID;
import java.util.function.Function;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.VideoLink;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;

/**
 * A value record of one component (an id, a country, a link) written as that component — a UUID or
 * a string — rather than as an object (an absent value stays {@code null}); read back through the
 * record's constructor, so its own validation runs.
 */
abstract class ScalarValue<T, V> implements JsonbAdapter<T, V> {

    /** Every value record that events carry. */
    static final JsonbAdapter<?, ?>[] ALL = {
            new ScalarValue<UserId, UUID>(UserId::value, UserId::new) { },
            new ScalarValue<PanelId, UUID>(PanelId::value, PanelId::new) { },
            new ScalarValue<PatientId, UUID>(PatientId::value, PatientId::new) { },
            new ScalarValue<ProviderId, UUID>(ProviderId::value, ProviderId::new) { },
            new ScalarValue<PseudonymId, UUID>(PseudonymId::value, PseudonymId::new) { },
            new ScalarValue<ConsentId, UUID>(ConsentId::value, ConsentId::new) { },
            new ScalarValue<AccessRequestId, UUID>(AccessRequestId::value, AccessRequestId::new) { },
            new ScalarValue<ChatMessageId, UUID>(ChatMessageId::value, ChatMessageId::new) { },
            new ScalarValue<DataRequestId, UUID>(DataRequestId::value, DataRequestId::new) { },
            new ScalarValue<MeetingId, UUID>(MeetingId::value, MeetingId::new) { },
            new ScalarValue<StudyInstanceUid, String>(StudyInstanceUid::value, StudyInstanceUid::new) { },
            new ScalarValue<Country, String>(Country::code, Country::new) { },
            new ScalarValue<VideoLink, URI>(VideoLink::value, VideoLink::new) { },
    };

    private final Function<T, V> write;
    private final Function<V, T> read;

    private ScalarValue(Function<T, V> write, Function<V, T> read) {
        this.write = write;
        this.read = read;
    }

    @Override
    public V adaptToJson(T value) {
        return value == null ? null : write.apply(value);
    }

    @Override
    public T adaptFromJson(V json) {
        return json == null ? null : read.apply(json);
    }
}
