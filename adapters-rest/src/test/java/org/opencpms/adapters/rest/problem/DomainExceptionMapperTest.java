package org.opencpms.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.patient.PatientNotFound;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.Forbidden;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.RuleViolation;

class DomainExceptionMapperTest {

    private static final URI PATH = URI.create("/api/patients/0b7e4c1e-1111-4c1e-9c1e-0b7e4c1e1111");

    @Test
    void not_found_is_404_with_the_domain_code() {
        var problem = DomainExceptionMapper.problem(new PatientNotFound(PatientId.random()), PATH, null);

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.code()).isEqualTo("patient.not-found");
        assertThat(problem.type()).isEqualTo(URI.create("https://opencpms.org/problems/patient.not-found"));
        assertThat(problem.instance()).isEqualTo(PATH);
        assertThat(problem.correlationId()).isNotBlank();
        assertThat(problem.errors()).isEmpty();
    }

    @Test
    void a_rule_violation_is_422() {
        var problem = DomainExceptionMapper.problem(new RuleViolation("panel.illegal-transition", "not now"), PATH, null);

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.code()).isEqualTo("panel.illegal-transition");
        assertThat(problem.detail()).isEqualTo("not now");
    }

    @Test
    void a_conflict_is_409() {
        var problem = DomainExceptionMapper.problem(new Conflict("consent.already-withdrawn", "consent c-1 is already withdrawn"), PATH, null);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.code()).isEqualTo("consent.already-withdrawn");
    }

    @Test
    void a_forbidden_is_403() {
        var problem = DomainExceptionMapper.problem(new Forbidden("consent.forbidden", "you do not handle this patient"), PATH, null);

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.code()).isEqualTo("consent.forbidden");
        assertThat(DomainExceptionMapper.problem(new Forbidden("access.kpi-forbidden", "no"), PATH, null).status())
                .isEqualTo(403);
        assertThat(DomainExceptionMapper.problem(new NotFound("thing.not-found", "no"), PATH, null).status())
                .isEqualTo(404);
        assertThat(DomainExceptionMapper.problem(new Conflict("thing.taken", "no"), PATH, null).status())
                .isEqualTo(409);
    }

    @Test
    void an_invalid_value_is_400_with_one_field_error_named_after_the_value() {
        var problem = DomainExceptionMapper.problem(new InvalidValue("centre", "centre must be a UUID"), PATH, null);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("centre.invalid");
        assertThat(problem.errors()).containsExactly(
                new Problem.FieldError("centre", "centre.invalid", "centre must be a UUID"));
    }

    @Test
    void a_concurrent_update_after_an_if_match_version_is_412() {
        var clash = new ConcurrentUpdate("panel", "p-1");

        assertThat(DomainExceptionMapper.problem(clash, PATH, "\"3\"").status()).isEqualTo(412);
        assertThat(DomainExceptionMapper.problem(clash, PATH, "W/\"3\"").status()).isEqualTo(412);
        assertThat(DomainExceptionMapper.problem(clash, PATH, "\"3\"").code()).isEqualTo("panel.concurrent-update");
    }

    @Test
    void a_concurrent_update_without_an_if_match_version_is_409() {
        var clash = new ConcurrentUpdate("consent", "c-1");

        for (var ifMatch : new String[] {null, "", "*", "garbage"}) {
            var problem = DomainExceptionMapper.problem(clash, PATH, ifMatch);
            assertThat(problem.status()).as("If-Match %s", ifMatch).isEqualTo(409);
            assertThat(problem.code()).isEqualTo("consent.concurrent-update");
        }
    }

    @Test
    void no_problem_names_an_exception_class_or_a_stack_frame() {
        var problems = List.of(
                DomainExceptionMapper.problem(new PatientNotFound(PatientId.random()), PATH, null),
                DomainExceptionMapper.problem(new InvalidValue("limit", "limit must be a whole number"), PATH, null),
                DomainExceptionMapper.problem(new ConcurrentUpdate("user", "u"), PATH, "\"1\""));

        assertThat(problems).allSatisfy(problem -> assertThat(ProblemJson.write(problem))
                .doesNotContain("Exception", "org.opencpms", "\tat ", "java."));
    }
}
