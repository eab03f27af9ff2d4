package com.byoconboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a stack trace when navigation fails: a short apology and the incident id to quote. */
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = Incidents.record(parameter.getCaughtException());
        addClassName("byoc-error-page");
        add(new H1(getTranslation("error.title")),
                new Paragraph(getTranslation("error.text")),
                incidentLine(incident),
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }

    private Paragraph incidentLine(String incident) {
        var p = new Paragraph(getTranslation("error.incident", incident));
        p.setId("incident-id");
        p.addClassName("byoc-incident");
        return p;
    }
}
