package org.newsatlas.corrections;

/** How many stored mentions, in how many articles, a rule would change if applied to stored articles. */
public record RulePreview(int mentions, int articles) {
}
