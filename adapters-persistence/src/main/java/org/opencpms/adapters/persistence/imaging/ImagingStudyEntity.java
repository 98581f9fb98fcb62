package org.opencpms.adapters.persistence.imaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.opencpms.adapters.persistence.UuidColumns;

/**
 * A row of {@code imaging_study}: what is known of one de-identified study. {@code seq} is numbered
 * by the database when the study first arrives and never changes.
 */
@Entity(name = "ImagingStudy")
@Table(name = "imaging_study")
@Customizer(UuidColumns.class)
class ImagingStudyEntity {

    @Id
    @Column(name = "uid")
    String uid;

    @Column(name = "patient_id", nullable = false)
    UUID patientId;

    @Column(name = "panel_id")
    UUID panelId;

    @Column(name = "modalities", nullable = false)
    String modalities;

    @Column(name = "series_count", nullable = false)
    int seriesCount;

    @Column(name = "instance_count", nullable = false)
    int instanceCount;

    @Column(name = "received_at", nullable = false)
    OffsetDateTime receivedAt;

    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;
}
