package org.newsatlas.base.ui;

/**
 * A view that takes in a newly added article where it stands (the map shows its places). When
 * the current view is not one, the shell opens the map instead; this way the shell needs to know
 * no view.
 */
public interface ArticleAddedObserver {

    void articleAdded();
}
