/** Projects: members' initiatives with a team, proposed, approved and led through their steps. */
package org.plenum.projects;
