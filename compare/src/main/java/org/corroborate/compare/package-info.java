/**
 * The compare stage: facts aligned across a story's articles, number comparisons, quote groups and a timeline.
 * The only public entry point is {@link org.corroborate.compare.Comparers#standard()}; everything else is an
 * implementation detail. Depends on the api module only.
 */
package org.corroborate.compare;
