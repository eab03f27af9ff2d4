package com.byoconboard.support;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.onboarding.OnboardingId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogCsvTest {

    static AuditEntry entry(AuditAction action, String detail) {
        return new AuditEntry(1, Instant.parse("2026-11-25T10:15:30Z"), "sam", Optional.of(new OrganizationId("acme")),
                Optional.of(new OnboardingId(UUID.fromString("00000000-0000-0000-0000-000000000001"))), action,
                "SUBMITTED", "CHANGES_REQUESTED", detail);
    }

    @Test
    void writesAHeaderAndOneQuotedRowPerEntry() {
        String csv = AuditLog.csv(List.of(entry(AuditAction.CHANGES_REQUESTED, "Use a \"/20\", please")));
        assertThat(csv.split("\r\n")).containsExactly(
                "\uFEFF\"time\",\"actor\",\"organization\",\"onboarding\",\"action\",\"before\",\"after\",\"detail\"",
                "\"2026-11-25T10:15:30Z\",\"sam\",\"acme\",\"00000000-0000-0000-0000-000000000001\","
                        + "\"CHANGES_REQUESTED\",\"SUBMITTED\",\"CHANGES_REQUESTED\",\"Use a \"\"/20\"\", please\"");
    }

    @Test
    void startsWithAByteOrderMarkSoThatExcelReadsJapaneseAsUtf8() {
        byte[] bytes = AuditLog.csv(List.of(entry(AuditAction.REJECTED, "アカウントが違います")))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void aCommentThatLooksLikeAFormulaIsDefused() {
        assertThat(AuditLog.csv(List.of(entry(AuditAction.REJECTED, "=HYPERLINK(\"x\")")))).contains("\"'=HYPERLINK(");
    }

    @Test
    void filterMatchesActionOrganizationAndTextInActorOrDetail() {
        var e = entry(AuditAction.REJECTED, "Wrong account");
        assertThat(AuditFilter.ALL.matches(e)).isTrue();
        assertThat(new AuditFilter(Optional.of(AuditAction.REJECTED), "acme", "wrong", Optional.empty(), Optional.empty())
                .matches(e)).isTrue();
        assertThat(new AuditFilter(Optional.of(AuditAction.STATE_CHANGED), "", "", Optional.empty(), Optional.empty())
                .matches(e)).isFalse();
        assertThat(new AuditFilter(Optional.empty(), "globex", "", Optional.empty(), Optional.empty()).matches(e)).isFalse();
        assertThat(new AuditFilter(Optional.empty(), "", "SAM", Optional.empty(), Optional.empty()).matches(e)).isTrue();
        assertThat(new AuditFilter(Optional.empty(), "", "", Optional.of(Instant.parse("2026-11-26T00:00:00Z")),
                Optional.empty()).matches(e)).isFalse();
    }
}
