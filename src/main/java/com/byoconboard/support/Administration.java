package com.byoconboard.support;

import com.byoconboard.identity.CurrentUser;
import com.byoconboard.identity.IdentityProperties;
import com.byoconboard.onboarding.OnboardingProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import java.util.List;

/** The configuration an administrator reviews: regions offered, how people sign in, whether e-mail goes out. */
@Service
public class Administration {

    /** The settings in force, as the admin page shows them. */
    public record Settings(List<String> supportedRegions, boolean localIssuer, String organizationClaim,
                           String rolesClaim, boolean mailEnabled, String mailFrom) {
    }

    private final CurrentUser currentUser;
    private final OnboardingProperties onboarding;
    private final IdentityProperties identity;
    private final SupportProperties support;
    private final ObjectProvider<JavaMailSender> mail;

    Administration(CurrentUser currentUser, OnboardingProperties onboarding, IdentityProperties identity,
                   SupportProperties support, ObjectProvider<JavaMailSender> mail) {
        this.currentUser = currentUser;
        this.onboarding = onboarding;
        this.identity = identity;
        this.support = support;
        this.mail = mail;
    }

    public Settings settings() {
        currentUser.requireAdmin();
        return new Settings(onboarding.supportedRegions(), identity.localIssuer().enabled(),
                identity.organizationClaim(), identity.rolesClaim(), mail.getIfAvailable() != null, support.mailFrom());
    }
}
