package org.newsatlas.architecture.cycle.right;

import org.newsatlas.architecture.cycle.left.Left;

/** The other half of the deliberate package cycle. */
public class Right {

    public Left partner() {
        return new Left();
    }
}
