/** The projects' pages: the list, a project, the editor, a member's projects, the home block. */
package org.plenum.projects.web;
