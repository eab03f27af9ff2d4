package com.byoconboard.provisioning;

import com.byoconboard.deployment.ResourceType;
import com.byoconboard.onboarding.OnboardingId;

import java.time.Instant;
import java.util.List;

/**
 * The record of a completed offboarding the customer downloads: the onboarding, who asked and who verified it,
 * when, every resource the tear down deleted (or, for the customer's own VPC and subnets, took our tags from), and
 * what the verification saw.
 */
public record OffboardingReport(OnboardingId id, String accountId, String region, String roleArn,
                                OffboardingStatus status, List<RecordedResource> deleted) {

    public OffboardingReport {
        deleted = List.copyOf(deleted);
    }

    /** Texts of the report in the reader's language: a key of the provisioning bundle and its arguments. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    /** The file name the report is downloaded under. */
    public String fileName() {
        return "byoc-offboarding-" + id + ".md";
    }

    /** The report as Markdown; times in UTC (ISO 8601), so that it reads the same wherever it is opened. */
    public String markdown(Texts t) {
        var out = new StringBuilder();
        out.append("# ").append(t.get("provisioning.offboarding.report.title")).append("\n\n");
        line(out, t.get("provisioning.offboarding.report.onboarding"), id.toString());
        line(out, t.get("provisioning.offboarding.report.account"), accountId + " (" + region + ")");
        line(out, t.get("provisioning.offboarding.report.requested"),
                t.get("provisioning.offboarding.report.byAt", status.requestedBy(), utc(status.requestedAt())));
        line(out, t.get("provisioning.offboarding.report.verified"), t.get("provisioning.offboarding.report.byAt",
                status.checkedBy().orElse(""), status.completedAt().map(OffboardingReport::utc).orElse("")));
        line(out, t.get("provisioning.offboarding.report.role"), t.get("provisioning.offboarding.report.roleGone",
                roleArn, status.checkedAt().map(OffboardingReport::utc).orElse("")));
        line(out, t.get("provisioning.offboarding.report.tagged"), t.get("provisioning.offboarding.report.nothingTagged",
                status.sweptAt().map(OffboardingReport::utc).orElse("")));
        out.append("\n## ").append(t.get("provisioning.offboarding.report.deleted", deleted.size())).append("\n\n");
        out.append("| ").append(t.get("provisioning.offboarding.report.column.type")).append(" | ")
                .append(t.get("provisioning.offboarding.report.column.id")).append(" | ")
                .append(t.get("provisioning.offboarding.report.column.name")).append(" | ")
                .append(t.get("provisioning.offboarding.report.column.what")).append(" | ")
                .append(t.get("provisioning.offboarding.report.column.created")).append(" | ")
                .append(t.get("provisioning.offboarding.report.column.deletedAt")).append(" |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (RecordedResource r : deleted) {
            out.append("| ").append(r.type().name()).append(" | `").append(cell(r.resourceId())).append("` | ")
                    .append(cell(r.logicalName())).append(" | ")
                    .append(t.get(r.type() == ResourceType.TAGS ? "provisioning.offboarding.report.tagsRemoved"
                            : "provisioning.offboarding.report.resourceDeleted")).append(" | ")
                    .append(utc(r.createdAt())).append(" | ").append(utc(r.deletedAt())).append(" |\n");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("- **").append(label).append("**: ").append(value).append('\n');
    }

    /** A table cell cannot hold a pipe or a line break. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String utc(Instant at) {
        return at == null ? "" : at.toString();
    }
}
