package org.newsatlas.base.ui.tangle.two.ui;

import org.newsatlas.base.ui.tangle.one.ui.OneView;

public class TwoPanel {

    public Object open() {
        return new OneView();
    }
}
