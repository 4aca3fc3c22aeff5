package org.newsatlas.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/**
 * The page around every view. {@code @Push}: a running import changes its progress bar and the map
 * from a background thread, and the browser learns of it without asking.
 */
@Push
public class AppShell implements AppShellConfigurator {
}
