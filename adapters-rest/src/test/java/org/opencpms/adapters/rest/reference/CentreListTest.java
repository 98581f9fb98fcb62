package org.opencpms.adapters.rest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.adapters.rest.problem.ProblemException;
import org.opencpms.application.reference.CentreRow;

class CentreListTest {

    @Test
    void rows_are_read_by_their_header_with_their_line_numbers_and_quoted_commas() {
        var rows = CentreList.parse("\uFEFFern,name,country,membership,website\n"
                + "ERKNet,\"Charité – Universitätsmedizin Berlin, Campus Virchow\",DE,FULL_MEMBER,x\n\n"
                + "ITHACA, Radboudumc ,NL,AFFILIATED_PARTNER,\n");

        assertThat(rows).containsExactly(
                new CentreRow(2, "Charité – Universitätsmedizin Berlin, Campus Virchow", "DE", "ERKNet", "FULL_MEMBER"),
                new CentreRow(3, "Radboudumc", "NL", "ITHACA", "AFFILIATED_PARTNER"));
    }

    @Test
    void a_file_without_the_columns_is_refused_as_invalid_csv() {
        for (String csv : new String[] {"name,country\nX,DE\n", "", "name,country,ern,membership\n\"open,DE,ERKNET,x\n"}) {
            assertThatThrownBy(() -> CentreList.parse(csv)).as(csv)
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.code()).isEqualTo("csv.invalid");
                    });
        }
    }
}
