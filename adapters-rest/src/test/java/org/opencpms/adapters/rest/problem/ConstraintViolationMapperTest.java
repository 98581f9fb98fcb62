package org.opencpms.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintViolationMapperTest {

    private static final URI PATH = URI.create("/api/patients");

    /** A stand-in for a request body type. */
    record Body(String name) {
    }

    @Test
    void all_invalid_fields_are_listed_by_their_path_inside_the_body() {
        var exception = Violations.of(
                Violations.method("enrol", Body.class).parameter("body", 0).property("identity").property("givenName")
                        .notBlank(""),
                Violations.method("enrol", Body.class).parameter("body", 0).property("consents")
                        .propertyInList("kind", 1).notBlank(" "));

        var problem = ConstraintViolationMapper.problem(exception, PATH);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("request.invalid");
        assertThat(problem.errors()).containsExactly(
                new Problem.FieldError("consents[1].kind", "not-blank", "must not be blank"),
                new Problem.FieldError("identity.givenName", "not-blank", "must not be blank"));
        assertThat(problem.detail()).isEqualTo("2 fields are invalid.");
    }

    @Test
    void an_element_of_a_list_is_named_by_its_index() {
        var exception = Violations.of(Violations.method("file", Body.class).parameter("body", 0).property("roles")
                .listElement(2).notBlank(""));

        assertThat(ConstraintViolationMapper.problem(exception, PATH).errors())
                .extracting(Problem.FieldError::field).containsExactly("roles[2]");
    }

    @Test
    void an_invalid_parameter_is_named_by_the_parameter() {
        var exception = Violations.of(Violations.method("list", String.class, String.class).parameter("centre", 0)
                .notNull());

        var problem = ConstraintViolationMapper.problem(exception, PATH);

        assertThat(problem.code()).isEqualTo("request.invalid");
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("centre", "not-null", "must not be null"));
    }

    @Test
    void a_missing_body_is_request_body_required() {
        var exception = Violations.of(Violations.method("withdraw", String.class, String.class, Body.class)
                .parameter("body", 2).notNull());

        var problem = ConstraintViolationMapper.problem(exception, PATH);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("request.body-required");
        assertThat(problem.errors()).isEmpty();
    }

    @Test
    void the_rejected_value_is_never_repeated() {
        var exception = Violations.of(Violations.method("enrol", Body.class).parameter("body", 0)
                .property("identity").property("familyName").size("Zbigniewska-Distinctive-Family-Name"));

        var json = ProblemJson.write(ConstraintViolationMapper.problem(exception, PATH));

        assertThat(json).doesNotContain("Zbigniewska").contains("\"field\":\"identity.familyName\"")
                .contains("\"code\":\"size\"");
    }

    @Test
    void a_violated_return_value_is_the_servers_fault() {
        var onReturn = Violations.of(Violations.method("view", String.class).returnValue().notNull());
        var onBody = Violations.of(Violations.method("enrol", Body.class).parameter("body", 0).notNull());

        assertThat(ConstraintViolationMapper.violatesReturnValue(onReturn)).isTrue();
        assertThat(ConstraintViolationMapper.violatesReturnValue(onBody)).isFalse();
    }

    @Test
    void constraint_names_become_kebab_case_codes() {
        var violations = List.of(
                Violations.method("m").parameter("p", 0).notBlank(""),
                Violations.method("m").parameter("p", 0).notNull(),
                Violations.method("m").parameter("p", 0).size("x"));

        assertThat(violations).extracting(ConstraintViolationMapper::constraint)
                .containsExactly("not-blank", "not-null", "size");
    }
}
