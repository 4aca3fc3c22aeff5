package org.newsatlas.base.ui.tangle.one.ui;

import org.newsatlas.base.ui.tangle.two.ui.TwoPanel;

public class OneView {

    final TwoPanel panel = new TwoPanel();
}
