package org.newsatlas.corrections;

/** How many articles there are and the newest id: changes whenever articles arrive or go. */
record ArticleStamp(long count, long maxId) {
}
