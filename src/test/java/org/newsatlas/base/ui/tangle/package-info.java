/**
 * A deliberately tangled miniature of the UI packages, for {@code UiPackagesTest}: two feature
 * view packages that use each other, and a shell that knows a view. The rules must catch all of it.
 */
package org.newsatlas.base.ui.tangle;
