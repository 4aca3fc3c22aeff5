package org.newsatlas.fetch;

/** How NewsAtlas names itself to the servers it fetches from, so that their owners can tell who calls. */
final class UserAgent {

    private UserAgent() {
    }

    /**
     * {@code NewsAtlas/0.1.0 (news geoparser; +contact)}. The version comes from the jar's manifest; a build
     * run from classes (tests) says "dev".
     */
    static String value(String contact) {
        String version = UserAgent.class.getPackage().getImplementationVersion();
        return "NewsAtlas/" + (version == null ? "dev" : version) + " (news geoparser" +
                (contact == null || contact.isBlank() ? "" : "; +" + contact.strip()) + ")";
    }
}
