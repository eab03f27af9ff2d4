package com.byoconboard.identity;

import com.byoconboard.ui.MainLayout;
import com.byoconboard.ui.NotFoundView;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.component.html.Div;
import jakarta.annotation.security.PermitAll;

/**
 * A page the signed-in person's role does not open looks exactly like a page that does not exist, so that a
 * typed address reveals nothing about what is behind it.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        var page = new NotFoundView();
        int status = page.setErrorParameter(event, new ErrorParameter<>(NotFoundException.class, new NotFoundException()));
        add(page);
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title");
    }
}
