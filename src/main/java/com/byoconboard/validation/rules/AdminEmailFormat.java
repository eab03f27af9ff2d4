package com.byoconboard.validation.rules;

import com.byoconboard.onboarding.InputField;
import com.byoconboard.onboarding.OnboardingInputs;
import com.byoconboard.validation.Finding;
import com.byoconboard.validation.Fix;
import com.byoconboard.validation.Rule;
import com.byoconboard.validation.RuleContext;

import java.util.List;
import java.util.regex.Pattern;

/** ACC-002: the organization admin e-mail is one plain address, because the invitation goes there. */
public final class AdminEmailFormat implements Rule {

    @Override
    public String id() {
        return "ACC-002";
    }

    @Override
    public List<Finding> check(OnboardingInputs inputs, RuleContext context) {
        String raw = inputs.account().adminEmail();
        if (raw.isBlank()) {
            return List.of(Finding.error(id(), InputField.ADMIN_EMAIL, "rule.ACC-002.required"));
        }
        if (ADDRESS.matcher(raw).matches()) {
            int at = raw.lastIndexOf('@');
            return at > LOCAL_PART ? List.of(Finding.error(id(), InputField.ADMIN_EMAIL, "rule.ACC-002.localPartTooLong",
                    at, LOCAL_PART)) : List.of();
        }
        var named = DISPLAY_NAME.matcher(raw.strip());
        if (named.matches() && ADDRESS.matcher(named.group(1)).matches()) {
            return List.of(Finding.error(id(), InputField.ADMIN_EMAIL, "rule.ACC-002.displayName", named.group(1))
                    .withFix(Fix.correctedValue(named.group(1))));
        }
        if (ADDRESS.matcher(raw.strip()).matches()) {
            return List.of(Finding.error(id(), InputField.ADMIN_EMAIL, "rule.ACC-002.whitespace", raw.strip())
                    .withFix(Fix.correctedValue(raw.strip())));
        }
        return List.of(Finding.error(id(), InputField.ADMIN_EMAIL, "rule.ACC-002.format", raw.strip()));
    }

    /** RFC 5321: the part before the @ has at most 64 characters (the whole address at most 254, see LIM-002). */
    private static final int LOCAL_PART = 64;
    /** Deliberately plain: one local part, one @, a domain with a dot; what mail systems deliver in practice. */
    private static final Pattern ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");
    private static final Pattern DISPLAY_NAME = Pattern.compile(".*<\\s*([^<>\\s]+)\\s*>");
}
