package org.newsatlas.launch;

/**
 * Ends a child JVM whose launching JVM is gone. A parent stopped by a signal stops its child
 * itself ({@link ChildJvm}); one killed outright (SIGKILL, the OOM killer) cannot, and the child
 * would go on holding the port, the database lock and its memory with no one waiting for it.
 */
public final class ParentWatch {

    /** The exit code of a child whose parent went away: that of a process ended by SIGHUP. */
    static final int ORPHANED = 129;

    private ParentWatch() {
    }

    /** In a child JVM (one started with {@code -Dnewsatlas.batch-jvm=child}): exit when the parent does. */
    public static void startIfChild() {
        if (System.getProperty(Launcher.CHILD_PROPERTY) == null) {
            return;
        }
        // onExit of a process that is not our own child polls it from one daemon thread
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(ParentWatch::orphaned));
    }

    private static void orphaned() {
        System.err.println("newsatlas: the launching process is gone; stopping");
        // exit, not halt: the shutdown hooks close the web server and the database cleanly
        System.exit(ORPHANED);
    }
}
