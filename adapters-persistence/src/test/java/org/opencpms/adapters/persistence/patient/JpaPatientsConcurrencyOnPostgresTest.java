package org.opencpms.adapters.persistence.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.CIPHER;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.ENROLLED_ON;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.enrollingHp;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.identifyingData;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.patient;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.uniqueHospitalIdentifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.ProviderId;

/**
 * Two transactions on a real PostgreSQL both read version v of a patient, then both save a change:
 * one wins, the other fails with {@link ConcurrentUpdate}; no update is lost.
 */
class JpaPatientsConcurrencyOnPostgresTest {

    private static final Instant NOW = Instant.parse("2025-03-02T09:00:00Z");

    private static JpaTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.POSTGRES);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void of_two_concurrent_updates_of_a_patient_one_succeeds_and_the_other_is_a_concurrent_update() throws Exception {
        var patients = new JpaPatients(database.entityManager(), CIPHER);
        var patient = patient(ProviderId.random(), ENROLLED_ON);
        database.inTransaction(() -> patients.save(patient));
        var corrections = List.of(identifyingData(uniqueHospitalIdentifier()), identifyingData(uniqueHospitalIdentifier()));
        var bothRead = new CyclicBarrier(2);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var outcomes = new ArrayList<Future<IdentifyingData>>();
            for (IdentifyingData correction : corrections) {
                outcomes.add(executor.submit(() -> database.inTransaction(() -> {
                    var mine = patients.get(patient.id());
                    await(bothRead);
                    mine.correctIdentifyingData(correction, enrollingHp(mine), NOW);
                    patients.save(mine);
                    return correction;
                })));
            }

            var saved = new ArrayList<IdentifyingData>();
            var conflicts = new ArrayList<Throwable>();
            for (Future<IdentifyingData> outcome : outcomes) {
                try {
                    saved.add(outcome.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    conflicts.add(e.getCause());
                }
            }

            assertThat(saved).hasSize(1);
            assertThat(conflicts).singleElement().isInstanceOf(ConcurrentUpdate.class)
                    .extracting(e -> ((ConcurrentUpdate) e).code()).isEqualTo("patient.concurrent-update");
            var stored = database.inTransaction(() -> patients.get(patient.id()));
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.identifyingData()).isEqualTo(saved.get(0));
        } finally {
            executor.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other transaction did not read the patient", e);
        }
    }
}
