package org.opencpms.adapters.persistence.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.CIPHER;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.ENROLLED_ON;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.enrollingHp;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.identifyingData;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.patient;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.uniqueHospitalIdentifier;
import static org.opencpms.adapters.persistence.patient.PatientFixtures.uniqueNickname;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.JpaTestDatabase.Engine;
import org.opencpms.domain.patient.DuplicateHospitalIdentifier;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;

/** What only the database store of patients shows: how it keeps identifying data, and the constraints behind the port. */
class JpaPatientsStorageTest {

    private static final Instant NOW = Instant.parse("2025-03-02T09:00:00Z");
    private static final Map<Engine, JpaTestDatabase> DATABASES = new EnumMap<>(Engine.class);

    @BeforeAll
    static void createDatabases() {
        for (Engine engine : Engine.values()) {
            DATABASES.put(engine, JpaTestDatabase.create(engine));
        }
    }

    @AfterAll
    static void closeDatabases() {
        DATABASES.values().forEach(JpaTestDatabase::close);
    }

    private static JpaPatients patients(Engine engine) {
        return new JpaPatients(DATABASES.get(engine).entityManager(), CIPHER);
    }

    private static void inTransaction(Engine engine, Runnable work) {
        DATABASES.get(engine).inTransaction(work);
    }

    private static <T> T read(Engine engine, Supplier<T> query) {
        return DATABASES.get(engine).inTransaction(query);
    }

    private static Patient saved(Engine engine, Patient patient) {
        inTransaction(engine, () -> patients(engine).save(patient));
        return patient;
    }

    private static Connection connection(Engine engine) throws SQLException {
        return DATABASES.get(engine).dataSource().getConnection();
    }

    /** Every value of every column of every table, as text. */
    private static List<String> everyValue(Engine engine) throws SQLException {
        var values = new ArrayList<String>();
        try (var c = connection(engine); var tables = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            var names = new ArrayList<String>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            for (String table : names) {
                try (var rows = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            values.add(String.valueOf(rows.getObject(i)));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static Map<String, String> identityRow(Engine engine, PatientId patient) throws SQLException {
        try (var c = connection(engine);
             var statement = c.prepareStatement("SELECT * FROM patient_identity WHERE patient_id = ?")) {
            statement.setObject(1, patient.value());
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                var row = new LinkedHashMap<String, String>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnName(i).toLowerCase(), rows.getString(i));
                }
                return row;
            }
        }
    }

    private static Set<String> columnsOf(Engine engine, String table) throws SQLException {
        var columns = new TreeSet<String>();
        try (var c = connection(engine); var rows = c.getMetaData().getColumns(null, "public", table, "%")) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase());
            }
        }
        return columns;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void identifying_values_are_nowhere_in_the_database_in_clear_text(Engine engine) throws SQLException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        var data = new IdentifyingData("Given" + marker, "Family" + marker, LocalDate.of(1937, 11, 23), Sex.MALE,
                new HospitalIdentifier("Hospital" + marker), new NationalIdentifier(Country.of("BE"), "National" + marker));
        var patient = saved(engine, patient(PatientId.random(), ProviderId.random(), ENROLLED_ON, data));

        var everything = everyValue(engine);

        assertThat(everything).anyMatch(v -> v.equals(patient.nickname().value()));
        assertThat(everything).noneMatch(v -> v.contains(marker));
        assertThat(everything).noneMatch(v -> v.contains("1937-11-23"));
        assertThat(read(engine, () -> patients(engine).get(patient.id())).identifyingData()).isEqualTo(data);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void each_identifying_column_is_a_ciphertext_of_the_configured_key_and_the_identifier_a_blind_index(Engine engine)
            throws SQLException {
        var patient = saved(engine, patient(ProviderId.random(), ENROLLED_ON));

        var row = identityRow(engine, patient.id());

        for (String column : List.of("given_name", "family_name", "date_of_birth", "hospital_identifier", "national_identifier")) {
            assertThat(row.get(column)).as(column).startsWith(CIPHER.keyId() + ":");
        }
        assertThat(row.get("hospital_identifier_hash")).matches("[0-9a-f]{64}");
        assertThat(row.get("centre_id")).isEqualTo(patient.centre().toString());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void the_patient_table_holds_no_identifying_column_and_no_table_refers_to_the_identity_table(Engine engine)
            throws SQLException {
        assertThat(columnsOf(engine, "patient")).containsExactly("centre_id", "enrolled_on", "enrolling_hp", "id", "nickname",
                "pseudonym_id", "sex", "version");
        try (var c = connection(engine); var references = c.getMetaData().getExportedKeys(null, "public", "patient_identity")) {
            assertThat(references.next()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void an_identity_row_moved_to_another_patient_no_longer_decrypts(Engine engine) throws SQLException {
        var victim = saved(engine, patient(ProviderId.random(), ENROLLED_ON));
        var other = saved(engine, patient(ProviderId.random(), ENROLLED_ON));
        try (var c = connection(engine); var statement = c.prepareStatement(
                "UPDATE patient_identity SET given_name = (SELECT given_name FROM patient_identity WHERE patient_id = ?)"
                        + " WHERE patient_id = ?")) {
            statement.setObject(1, other.id().value());
            statement.setObject(2, victim.id().value());
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }

        assertThatThrownBy(() -> read(engine, () -> patients(engine).get(victim.id())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("patient_identity.given_name:" + victim.id());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void saving_unchanged_identifying_data_keeps_the_ciphertexts_and_a_correction_replaces_them(Engine engine)
            throws SQLException {
        var patient = saved(engine, patient(ProviderId.random(), ENROLLED_ON));
        var before = identityRow(engine, patient.id());

        inTransaction(engine, () -> patients(engine).save(patients(engine).get(patient.id())));
        assertThat(identityRow(engine, patient.id())).isEqualTo(before);

        var found = read(engine, () -> patients(engine).get(patient.id()));
        var data = patient.identifyingData();
        found.correctIdentifyingData(new IdentifyingData("Emily", data.familyName(), data.dateOfBirth(), data.sex(),
                data.hospitalIdentifier(), null), enrollingHp(found), NOW);
        inTransaction(engine, () -> patients(engine).save(found));
        var after = identityRow(engine, patient.id());
        assertThat(after.get("given_name")).isNotEqualTo(before.get("given_name"));
        assertThat(after.get("national_identifier")).isNull();
        assertThat(after.get("hospital_identifier_hash")).isEqualTo(before.get("hospital_identifier_hash"));
        assertThat(read(engine, () -> patients(engine).get(patient.id())).version()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_new_patient_with_a_hospital_identifier_taken_at_the_centre_is_refused(Engine engine) {
        var first = saved(engine, patient(ProviderId.random(), ENROLLED_ON));
        var duplicate = patient(PatientId.random(), first.centre(), ENROLLED_ON, first.identifyingData());

        assertThatThrownBy(() -> inTransaction(engine, () -> patients(engine).save(duplicate)))
                .isInstanceOf(DuplicateHospitalIdentifier.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(DuplicateHospitalIdentifier.CODE);
        assertThat(read(engine, () -> patients(engine).find(duplicate.id()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_correction_to_a_hospital_identifier_taken_at_the_centre_is_refused(Engine engine) {
        var centre = ProviderId.random();
        var other = saved(engine, patient(centre, ENROLLED_ON));
        var patient = saved(engine, patient(centre, ENROLLED_ON));
        var found = read(engine, () -> patients(engine).get(patient.id()));
        found.correctIdentifyingData(identifyingData(other.identifyingData().hospitalIdentifier()), enrollingHp(found), NOW);

        assertThatThrownBy(() -> inTransaction(engine, () -> patients(engine).save(found)))
                .isInstanceOf(DuplicateHospitalIdentifier.class);
        var stored = read(engine, () -> patients(engine).get(patient.id()));
        assertThat(stored.identifyingData()).isEqualTo(patient.identifyingData());
        assertThat(stored.version()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_nickname_or_pseudonym_id_saved_concurrently_by_another_patient_is_a_concurrent_update(Engine engine) {
        var first = saved(engine, patient(ProviderId.random(), ENROLLED_ON));
        var sameNickname = Patient.restore(new NewPatient(PatientId.random(), new Pseudonym(first.nickname(), PseudonymId.random()),
                identifyingData(uniqueHospitalIdentifier()), ProviderId.random(), first.enrollingHp(), ENROLLED_ON), 0);
        var samePseudonymId = Patient.restore(new NewPatient(PatientId.random(),
                new Pseudonym(uniqueNickname(), first.pseudonym().id()),
                identifyingData(uniqueHospitalIdentifier()), ProviderId.random(), first.enrollingHp(), ENROLLED_ON), 0);

        assertThatThrownBy(() -> inTransaction(engine, () -> patients(engine).save(sameNickname)))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.concurrent-update");
        assertThatThrownBy(() -> inTransaction(engine, () -> patients(engine).save(samePseudonymId)))
                .isInstanceOf(ConcurrentUpdate.class);
        assertThat(read(engine, () -> patients(engine).find(sameNickname.id()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void a_patient_unknown_to_the_store_but_with_a_later_version_is_refused(Engine engine) {
        var patient = patient(ProviderId.random(), ENROLLED_ON);
        var later = Patient.restore(new NewPatient(patient.id(), patient.pseudonym(), patient.identifyingData(),
                patient.centre(), patient.enrollingHp(), patient.enrolledOn()), 3);

        assertThatThrownBy(() -> inTransaction(engine, () -> patients(engine).save(later)))
                .isInstanceOf(ConcurrentUpdate.class);
        assertThat(read(engine, () -> patients(engine).find(patient.id()))).isEmpty();
    }
}
