package org.opencpms.adapters.persistence.imaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;

/** A row of {@code imaging_instance}: one de-identified instance and where its file is. */
@Entity(name = "ImagingInstance")
@Table(name = "imaging_instance")
@Customizer(UuidColumns.class)
class ImagingInstanceEntity {

    @Id
    @Column(name = "uid")
    String uid;

    @Column(name = "sop_class_uid", nullable = false)
    String sopClassUid;

    @Column(name = "series_uid", nullable = false)
    String seriesUid;

    @Column(name = "study_uid", nullable = false)
    String studyUid;

    @Column(name = "patient_id", nullable = false)
    UUID patientId;

    @Column(name = "modality", nullable = false)
    String modality;

    @Column(name = "content_sha256", nullable = false)
    String contentSha256;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    @Column(name = "shelf", nullable = false)
    String shelf;

    @Column(name = "received_at", nullable = false)
    OffsetDateTime receivedAt;

    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;
}
