package com.byoconboard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnboardingFileTest {

    static final String FILE = """
            # Example Corp's production onboarding
            inputs:
              account:
                accountId: "210987654321"
                adminEmail: platform@example.com
              region: us-east-1
              network:
                vpcCidr: 10.0.0.0/16
                azIds: [use1-az1, use1-az2]
                existingSubnets:
                  - subnetId: subnet-1
                    cidr: 10.0.0.0/24
                  - subnetId: subnet-2
                    cidr: 10.0.1.0/24
              maintenance:
                weekday: TUESDAY
                startTime: "01:00"
            """;

    final Texts texts = new Texts(Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void readsTheInputsWithTheApiFieldNamesAndLeavesTheRestAtTheGuidesDefaults() throws IOException {
        var file = OnboardingFile.read(write(FILE), texts);

        assertThat(file.id()).isEmpty();
        assertThat(file.inputs().account().accountId()).isEqualTo("210987654321");
        assertThat(file.inputs().network().azIds()).containsExactly("use1-az1", "use1-az2");
        assertThat(file.inputs().maintenance().startTime()).isEqualTo("01:00");
        assertThat(file.inputs().maintenance().timeZone()).as("left out: empty, as the API reads it").isEmpty();
        assertThat(file.inputs().bootstrapRole().resourceNamePrefix()).isEqualTo("clickhouse-cloud");
    }

    @Test
    void aFindingPointsAtTheLineOfItsFieldOrOfItsNearestWrittenParent() throws IOException {
        var file = OnboardingFile.read(write(FILE), texts);

        assertThat(file.lineOf("account.accountId")).isEqualTo(4);
        assertThat(file.lineOf("network.vpcCidr")).isEqualTo(8);
        assertThat(file.lineOf("network.azIds[1]")).isEqualTo(9);
        assertThat(file.lineOf("network.existingSubnets[1].cidr")).isEqualTo(14);
        assertThat(file.lineOf("network.existingSubnets[1].azId")).as("not written: its subnet's line").isEqualTo(13);
        assertThat(file.lineOf("maintenance.timeZone")).as("not written: its section").isEqualTo(15);
        assertThat(file.lineOf("bootstrapRole.roleArn")).as("no section: the inputs").isEqualTo(2);
    }

    @Test
    void theFirstApplyWritesTheIdIntoTheFileAfterItsLeadingCommentsAndKeepsEverythingElse() throws IOException {
        Path path = write(FILE);
        var id = UUID.randomUUID();

        var file = OnboardingFile.read(path, texts).withIdWritten(id);

        assertThat(Files.readAllLines(path)).startsWith("# Example Corp's production onboarding", "id: " + id, "inputs:");
        assertThat(Files.readString(path)).contains(FILE.lines().skip(1).toList());
        var again = OnboardingFile.read(path, texts);
        assertThat(again.id()).contains(id);
        assertThat(again.inputs()).isEqualTo(file.inputs());
        assertThat(again.lineOf("account.accountId")).isEqualTo(5);
    }

    @Test
    void aMisspeltFieldIsAnErrorAtItsLineNamingTheFieldsThatExistThere() throws IOException {
        Path path = write(FILE.replace("vpcCidr:", "vpcCIDR:"));

        assertThatThrownBy(() -> OnboardingFile.read(path, texts))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exit).isEqualTo(Exit.INVALID))
                .hasMessageStartingWith(path + ":8: network.vpcCIDR: no such field here")
                .hasMessageContaining("vpcCidr");
    }

    @Test
    void aValueOfTheWrongKindIsAnErrorAtItsLine() throws IOException {
        Path path = write(FILE.replace("TUESDAY", "TUESDAYS"));

        assertThatThrownBy(() -> OnboardingFile.read(path, texts))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exit).isEqualTo(Exit.INVALID))
                .hasMessageStartingWith(path + ":16: maintenance.weekday: this value does not fit the field");
    }

    @Test
    void aYesNoFieldLeftOutOfAWrittenSectionIsAnErrorThatSaysToWriteIt() throws IOException {
        Path path = write(FILE.replace("  network:\n", "  bootstrapRole:\n    roleArn: arn:aws:iam::210987654321:role/R\n"
                + "    allowVpcWrite: true\n  network:\n"));

        assertThatThrownBy(() -> OnboardingFile.read(path, texts))
                .hasMessageStartingWith(path + ":7: bootstrapRole.allowIamRoleCreation: write true or false here");
    }

    @Test
    void aFileWithoutInputsSaysWhatAnOnboardingFileHolds() throws IOException {
        Path path = write("region: us-east-1\n".replace("region", "id: " + UUID.randomUUID() + "\ninputs"));
        Path empty = write("# nothing yet\n");

        assertThat(List.of(path, empty)).allSatisfy(p -> assertThatThrownBy(() -> OnboardingFile.read(p, texts))
                .isInstanceOf(CliException.class));
        assertThatThrownBy(() -> OnboardingFile.read(empty, texts)).hasMessageContaining("no inputs");
    }

    private Path write(String text) throws IOException {
        Path path = dir.resolve(UUID.randomUUID() + ".yaml");
        Files.writeString(path, text);
        return path;
    }
}
