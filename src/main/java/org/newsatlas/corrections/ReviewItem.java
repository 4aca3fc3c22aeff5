package org.newsatlas.corrections;

/**
 * One entry of the review queue: a name in an article (its first mention there) still as the
 * geoparser read it.
 *
 * @param mentionsInArticle how many mentions of the name the article has (all change with the default scope)
 * @param sameName how many unreviewed mentions carry the name in all articles (a rule would change them)
 */
public record ReviewItem(long mentionId, long articleId, String articleTitle, String name, int start, int end,
                         double confidence, boolean uncertain, int mentionsInArticle, int sameName, double need) {
}
