package com.byoconboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Test-only page that fails while opening, standing in for any unexpected error. */
@Route(value = "test/failing", layout = MainLayout.class)
@PermitAll
public class FailingTestView extends Div implements BeforeEnterObserver {

    static final String SECRET_DETAIL = "database password was hunter2";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(SECRET_DETAIL);
    }
}
