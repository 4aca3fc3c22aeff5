package org.newsatlas.base.ui.tangle.base.ui;

import org.newsatlas.base.ui.tangle.one.ui.OneView;

public class Shell {

    final Object start = new OneView();
}
