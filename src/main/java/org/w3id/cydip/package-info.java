/**
 * cydip, the cyber-diplomacy knowledge graph. The code is split into rooms by role
 * (see {@code docs/architecture.md}); this root holds only {@link org.w3id.cydip.CydipException},
 * the root of the one unchecked exception family (a subtype per phase).
 */
package org.w3id.cydip;
