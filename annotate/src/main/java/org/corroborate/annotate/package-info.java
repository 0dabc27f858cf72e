/**
 * The annotate stage: sentences, tokens, entity mentions (merged within each article), quotes, quantities and time
 * expressions, from a lean Stanford CoreNLP pipeline plus rules; and the cross-article entity resolver. The only
 * public type is {@link org.corroborate.annotate.Annotators}; everything else is reached through the
 * {@code org.corroborate.api} interfaces it returns.
 */
package org.corroborate.annotate;
