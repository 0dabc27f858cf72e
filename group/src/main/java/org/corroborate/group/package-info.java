/**
 * The group stage: syndicated-copy detection and story clustering. The only public entry point is
 * {@link org.corroborate.group.Groupers#standard()}; everything else is an implementation detail. Depends on the api
 * module only.
 */
package org.corroborate.group;
