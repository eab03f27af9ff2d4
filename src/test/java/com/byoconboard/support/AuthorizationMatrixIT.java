package com.byoconboard.support;

import com.byoconboard.identity.OrganizationId;
import com.byoconboard.identity.Role;
import com.byoconboard.identity.SystemActor;
import com.byoconboard.identity.TestLogins;
import com.byoconboard.validation.ValidInputs;
import com.byoconboard.onboarding.Onboarding;
import com.byoconboard.onboarding.OnboardingNotFoundException;
import com.byoconboard.onboarding.OnboardingService;
import com.byoconboard.onboarding.OnboardingState;
import com.byoconboard.provisioning.ProvisioningService;
import com.byoconboard.ui.MainLayout;
import com.byoconboard.wizard.OnboardingsView;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static com.byoconboard.identity.TestLogins.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may do what: every actor (role × organization) against every service action on one organization's
 * onboarding, and against every view (the decision Vaadin makes for any typed URL). Each cell
 * is asserted; a refused cell must throw AccessDeniedException.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthorizationMatrixIT {

    /** The actors of the matrix; the onboardings acted on belong to OWN. */
    enum Who {
        ANONYMOUS, CUSTOMER_OWN_ORGANIZATION, CUSTOMER_OTHER_ORGANIZATION, SUPPORT, ADMIN, SYSTEM
    }

    static final Set<Who> OWN_AND_VENDOR = EnumSet.of(Who.CUSTOMER_OWN_ORGANIZATION, Who.SUPPORT, Who.ADMIN, Who.SYSTEM);
    static final Set<Who> OWN_CUSTOMER = EnumSet.of(Who.CUSTOMER_OWN_ORGANIZATION);
    static final Set<Who> VENDOR = EnumSet.of(Who.SUPPORT, Who.ADMIN, Who.SYSTEM);
    static final Set<Who> ADMIN_ONLY = EnumSet.of(Who.ADMIN);

    /** The organization the onboardings of the matrix belong to; bob (GLOBEX) is the customer of another one. */
    static final OrganizationId OWN = new OrganizationId("matrix-org");

    @Autowired
    OnboardingService onboardings;
    @Autowired
    SupportConsole console;
    @Autowired
    AuditLog audit;
    @Autowired
    CustomerTimeline timeline;
    @Autowired
    Administration administration;
    @Autowired
    ProvisioningService provisioning;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    /** One action of the matrix: what state its onboarding must be in, who may do it, and the call itself. */
    record Action(String name, OnboardingState needs, Set<Who> allowed, Consumer<Onboarding> call) {
    }

    List<Action> actions() {
        return List.of(
                new Action("list the organization's onboardings", OnboardingState.DRAFT, OWN_AND_VENDOR,
                        o -> onboardings.list(OWN)),
                new Action("read an onboarding", OnboardingState.DRAFT, OWN_AND_VENDOR,
                        o -> onboardings.get(OWN, o.id())),
                new Action("read its timeline", OnboardingState.DRAFT, OWN_AND_VENDOR,
                        o -> timeline.of(OWN, o.id())),
                new Action("read the organization's recent news", OnboardingState.DRAFT, OWN_AND_VENDOR,
                        o -> timeline.recent(OWN, 5)),
                new Action("create an onboarding", OnboardingState.DRAFT, OWN_CUSTOMER,
                        o -> onboardings.create(OWN)),
                new Action("edit a draft", OnboardingState.DRAFT, OWN_CUSTOMER,
                        o -> onboardings.editDraft(OWN, o.id(), o.version(), in -> in.withRegion("us-east-2"))),
                new Action("submit", OnboardingState.DRAFT, OWN_CUSTOMER,
                        o -> onboardings.submit(OWN, o.id(), o.version())),
                new Action("read as vendor", OnboardingState.DRAFT, VENDOR, o -> onboardings.getForVendor(o.id())),
                new Action("list as vendor", OnboardingState.DRAFT, VENDOR, o -> onboardings.listForVendor()),
                new Action("move the state", OnboardingState.SUBMITTED, VENDOR,
                        o -> onboardings.moveTo(o.id(), OnboardingState.APPROVED)),
                new Action("see the support queue", OnboardingState.DRAFT, VENDOR, o -> console.queue(QueueFilter.ALL)),
                new Action("approve", OnboardingState.SUBMITTED, VENDOR, o -> console.approve(o.id())),
                new Action("request changes", OnboardingState.SUBMITTED, VENDOR,
                        o -> console.requestChanges(o.id(), "Please use a /20")),
                new Action("reject", OnboardingState.SUBMITTED, VENDOR, o -> console.reject(o.id(), "Wrong account")),
                new Action("start provisioning", OnboardingState.APPROVED, OWN_AND_VENDOR,
                        o -> provisioning.start(o.id())),
                new Action("read support tasks", OnboardingState.SUBMITTED, VENDOR, o -> console.tasks(o.id())),
                new Action("read the audit log", OnboardingState.DRAFT, VENDOR, o -> audit.search(AuditFilter.ALL)),
                new Action("read the configuration", OnboardingState.DRAFT, ADMIN_ONLY, o -> administration.settings()));
    }

    @Test
    void everyActorMayDoExactlyTheServiceActionsTheirRoleAndOrganizationAllow() {
        int cells = 0;
        for (var action : actions()) {
            for (var who : Who.values()) {
                var onboarding = ownOnboardingIn(action.needs());
                String cell = who + " / " + action.name();
                if (action.allowed().contains(who)) {
                    as(who, () -> action.call().accept(onboarding));
                } else {
                    assertThatThrownBy(() -> as(who, () -> action.call().accept(onboarding))).as(cell)
                            .isInstanceOf(AccessDeniedException.class);
                }
                cells++;
            }
        }
        assertThat(cells).isEqualTo(actions().size() * Who.values().length);
    }

    @Test
    void aCustomerWhoNamesTheirOwnOrganizationStillCannotReachAnotherOrganizationsOnboarding() {
        var owns = ownOnboardingIn(OnboardingState.DRAFT);
        TestLogins.bob();
        assertThatThrownBy(() -> onboardings.get(GLOBEX, owns.id())).isInstanceOf(OnboardingNotFoundException.class);
        assertThatThrownBy(() -> onboardings.editDraft(GLOBEX, owns.id(), owns.version(), in -> in))
                .isInstanceOf(OnboardingNotFoundException.class);
        assertThatThrownBy(() -> onboardings.submit(GLOBEX, owns.id(), owns.version()))
                .isInstanceOf(OnboardingNotFoundException.class);
        assertThatThrownBy(() -> timeline.of(GLOBEX, owns.id())).isInstanceOf(OnboardingNotFoundException.class);
        assertThat(onboardings.list(GLOBEX)).extracting(Onboarding::organizationId).doesNotContain(OWN);
    }

    @Test
    void everyViewIsOpenExactlyToTheRolesItServes() {
        var checker = new AccessAnnotationChecker();
        Map<Class<?>, Set<Who>> views = new LinkedHashMap<>();
        var signedIn = EnumSet.of(Who.CUSTOMER_OWN_ORGANIZATION, Who.CUSTOMER_OTHER_ORGANIZATION, Who.SUPPORT, Who.ADMIN);
        views.put(OnboardingsView.class, signedIn);
        views.put(viewClass("com.byoconboard.wizard.WizardView"),
                EnumSet.of(Who.CUSTOMER_OWN_ORGANIZATION, Who.CUSTOMER_OTHER_ORGANIZATION));
        views.put(SupportQueueView.class, EnumSet.of(Who.SUPPORT, Who.ADMIN));
        views.put(SupportDetailView.class, EnumSet.of(Who.SUPPORT, Who.ADMIN));
        views.put(AuditLogView.class, EnumSet.of(Who.SUPPORT, Who.ADMIN));
        views.put(AdminView.class, EnumSet.of(Who.ADMIN));
        int cells = 0;
        for (var view : views.entrySet()) {
            for (var who : EnumSet.complementOf(EnumSet.of(Who.SYSTEM))) {
                Set<Role> roles = roles(who);
                var principal = who == Who.ANONYMOUS ? null : (java.security.Principal) () -> who.name();
                boolean access = checker.hasAccess(view.getKey(), principal, r -> roles.stream().anyMatch(x -> x.name().equals(r)))
                        && checker.hasAccess(MainLayout.class, principal, r -> roles.stream().anyMatch(x -> x.name().equals(r)));
                assertThat(access).as(who + " / " + view.getKey().getSimpleName()).isEqualTo(view.getValue().contains(who));
                cells++;
            }
        }
        assertThat(cells).isEqualTo(views.size() * 5);
    }

    @Test
    void everyAddressSendsAnonymousVisitorsToSignInWithSpringSecuritysDefaultHeaders() throws Exception {
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/", "/onboarding/00000000-0000-0000-0000-000000000001/account", "/support",
                "/support/onboarding/00000000-0000-0000-0000-000000000001", "/support/audit", "/admin")) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/oauth2/authorization/byoc"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(
                    c -> assertThat(c).contains("no-store"));
        }
    }

    private static Class<?> viewClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<Role> roles(Who who) {
        return switch (who) {
            case CUSTOMER_OWN_ORGANIZATION, CUSTOMER_OTHER_ORGANIZATION -> EnumSet.of(Role.CUSTOMER);
            case SUPPORT -> EnumSet.of(Role.SUPPORT);
            case ADMIN -> EnumSet.of(Role.ADMIN);
            case ANONYMOUS, SYSTEM -> EnumSet.noneOf(Role.class);
        };
    }

    private void as(Who who, Runnable work) {
        try {
            switch (who) {
                case ANONYMOUS -> SecurityContextHolder.clearContext();
                case CUSTOMER_OWN_ORGANIZATION -> TestLogins.customerOfOwnOrganization(OWN.value());
                case CUSTOMER_OTHER_ORGANIZATION -> TestLogins.bob();
                case SUPPORT -> TestLogins.sam();
                case ADMIN -> TestLogins.signIn("ada", null, Role.ADMIN);
                case SYSTEM -> {
                    SecurityContextHolder.clearContext();
                    SystemActor.run("matrix", work);
                    return;
                }
            }
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A fresh, valid onboarding of the matrix's own organization, moved to {@code state}. */
    private Onboarding ownOnboardingIn(OnboardingState state) {
        TestLogins.customerOfOwnOrganization(OWN.value());
        try {
            var o = onboardings.create(OWN);
            o = onboardings.editDraft(OWN, o.id(), o.version(), in -> ValidInputs.newVpc());
            if (state == OnboardingState.DRAFT) {
                return o;
            }
            o = onboardings.submit(OWN, o.id(), o.version());
            if (state == OnboardingState.APPROVED) {
                var submitted = o;
                o = SystemActor.call("setup", () -> onboardings.moveTo(submitted.id(), OnboardingState.APPROVED));
            }
            return o;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

}
