package org.opencpms.adapters.dicom.receive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencpms.adapters.dicom.SyntheticCt;
import org.opencpms.adapters.dicom.SyntheticImages;
import org.opencpms.adapters.dicom.deidentify.Deidentifier;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.PseudonymId;

/**
 * PS3.15's promise kept: the de-identified output of a valid input stays valid — dicom3tools' {@code dciodvfy} reports
 * no error for it that it did not report for the input. The inputs are real instances from Debian packages (pydicom's
 * test files, dicom3tools' example; {@code .ci/run} installs both) and our synthetic instances with identifiers
 * planted in nested sequences and private attributes, read, de-identified and written as C-STORE and STOW do, with
 * dates removed and with dates shifted.
 */
class DeidentifiedOutputStaysValidTest {

    static final Path PYDICOM = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");
    static final Path DICOM3TOOLS = Path.of("/usr/share/doc/dicom3tools/examples");
    static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final Pseudonym PSEUDONYM = new Pseudonym(new Nickname("brave-okapi-0427"),
            new PseudonymId(UUID.fromString("5f0c8d1e-1111-4222-8333-944455556666")));

    static Stream<Arguments> inputs() {
        var inputs = Stream.<Object[]>of(
                new Object[] {"synthetic CT, planted in nested sequences and private attributes", "CTImage", SyntheticCt.file(1, 1, 16)},
                new Object[] {"pydicom's CT_small", "CTImage", sample(PYDICOM, "CT_small.dcm")},
                new Object[] {"pydicom's MR_small", "MRImage", sample(PYDICOM, "MR_small.dcm")},
                new Object[] {"dicom3tools' MR example 0051", "MRImage", sample(DICOM3TOOLS, "0051.dcm")},
                new Object[] {"synthetic US, planted", "USImage", SyntheticImages.ultrasound()},
                new Object[] {"synthetic SC, planted", "SCImage", SyntheticImages.secondaryCapture()});
        return inputs.flatMap(input -> Stream.of(Deidentifier.Dates.values())
                .map(dates -> Arguments.of(input[0], input[1], input[2], dates)));
    }

    private static byte[] sample(Path directory, String name) {
        Path file = directory.resolve(name);
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(file + " is missing: apt-get install python3-pydicom dicom3tools (.ci/run does)", e);
        }
    }

    @ParameterizedTest(name = "{0}, dates {3}")
    @MethodSource("inputs")
    void dciodvfy_finds_no_error_in_the_deidentified_output_that_it_did_not_find_in_the_input(String input, String iod,
            byte[] file, Deidentifier.Dates dates) throws Exception {
        var before = Dciodvfy.of(file);

        var read = InstanceReader.readFile(file);
        var deidentified = new PixelmedReceivedInstance(read.list(), read.transferSyntax(), "OPENCPMS",
                new Deidentifier(KEY, dates)).deidentify(PSEUDONYM);
        var out = new ByteArrayOutputStream();
        deidentified.content().writeTo(out);
        var after = Dciodvfy.of(out.toByteArray());

        assertThat(before.iod()).as("the IOD dciodvfy validated the input against").isEqualTo(iod);
        assertThat(after.iod()).as("the IOD dciodvfy validated the output against").isEqualTo(iod);
        assertThat(after.errors()).as("errors of the de-identified %s (the input had %s)", input, before.errors())
                .isSubsetOf(before.errors());
    }
}
