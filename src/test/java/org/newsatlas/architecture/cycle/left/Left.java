package org.newsatlas.architecture.cycle.left;

import org.newsatlas.architecture.cycle.right.Right;

/** Half of a deliberate package cycle: shows that the architecture test's cycle rule finds one. */
public class Left {

    public Right partner() {
        return new Right();
    }
}
