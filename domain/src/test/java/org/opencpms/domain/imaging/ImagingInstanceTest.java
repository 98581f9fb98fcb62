package org.opencpms.domain.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.PatientId;

class ImagingInstanceTest {

    private static final StoredFile FILE = new StoredFile(new ContentAddress("ab".repeat(32)), 1024);

    private static ImagingInstance instance(String modality, Shelf shelf) {
        return new ImagingInstance(new SopInstanceUid("2.25.3"), "1.2.840.10008.5.1.4.1.1.2", new SeriesInstanceUid("2.25.2"),
                new StudyInstanceUid("2.25.1"), PatientId.random(), modality, FILE, shelf, Instant.EPOCH);
    }

    @Test
    void an_instance_without_a_modality_is_of_modality_other() {
        assertThat(instance(" ", Shelf.ARCHIVE).modality()).isEqualTo("OT");
        assertThat(instance(null, Shelf.ARCHIVE).modality()).isEqualTo("OT");
    }

    @Test
    void an_instance_on_the_quarantine_shelf_is_quarantined() {
        assertThat(instance("US", Shelf.QUARANTINE).quarantined()).isTrue();
        assertThat(instance("CT", Shelf.ARCHIVE).quarantined()).isFalse();
    }

    @Test
    void uids_and_content_addresses_are_checked() {
        assertThatThrownBy(() -> new SopInstanceUid("1.02")).extracting("code").isEqualTo("sop-instance-uid.invalid");
        assertThatThrownBy(() -> new SeriesInstanceUid("x")).extracting("code").isEqualTo("series-uid.invalid");
        assertThatThrownBy(() -> new ContentAddress("AB".repeat(32))).extracting("code").isEqualTo("content-address.invalid");
        assertThatThrownBy(() -> new StoredFile(FILE.address(), 0)).extracting("code").isEqualTo("file-size.invalid");
    }
}
